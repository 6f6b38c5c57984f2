#!/usr/bin/env python3
"""Prints the gateway's and moto's figures side by side, the ratios (moto/gateway) and the targets.

Usage: report.py GATEWAY.json MOTO.json

A figure whose call timed out holds the timeout as its sample: its latencies print as "> N" and its
ratios as lower bounds (">= N"). A figure not measured (after a timeout) prints as "n/a".
"""
import json
import math
import sys

TARGET_P99_MS = 20.0
TARGET_RATIO = 20.0
FIGURES = (("full_page", "DescribeInstances full page"), ("filtered", "DescribeInstances tag-filtered"),
           ("run_instances", "RunInstances of {batch} (one call)"))


def percentile(samples, fraction):
    """Nearest-rank percentile of the samples, in milliseconds."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)] * 1000


def cell(samples, fraction, bound):
    return f"{'n/a':>9}" if not samples else f"{'>' if bound else '':1}{percentile(samples, fraction):8.1f}"


def ratio(gateway, moto, fraction, bound):
    if not gateway or not moto:
        return None, f"{'n/a':>8}"
    value = percentile(moto, fraction) / percentile(gateway, fraction)
    return value, f"{'>=' if bound else '':2}{value:5.0f}x"


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        gateway = json.load(file)
    with open(sys.argv[2], encoding="utf-8") as file:
        moto = json.load(file)
    print()
    print(f"One account, {gateway['instances']} instances; latency measured by the client, in ms "
          f"(n = samples; ratio = moto / gateway)")
    print(f"{'':34} {'gateway':>25}   {'moto':>25}   {'ratio':>17}")
    print(f"{'':34} {'p50':>9} {'p99':>9} {'n':>5}   {'p50':>9} {'p99':>9} {'n':>5}   {'p50':>8} {'p99':>8}")
    results = {}
    for key, label in FIGURES:
        g, m = gateway[key], moto[key]
        g_bound, m_bound = gateway["timed_out"] == key, moto["timed_out"] == key
        p50_ratio, p50_text = ratio(g, m, 0.50, m_bound and not g_bound)
        _, p99_text = ratio(g, m, 0.99, m_bound and not g_bound)
        print(f"{label.format(batch=gateway['batch']):34} {cell(g, 0.50, g_bound)} {cell(g, 0.99, g_bound)} "
              f"{len(g):5}   {cell(m, 0.50, m_bound)} {cell(m, 0.99, m_bound)} {len(m):5}   {p50_text} {p99_text}")
        results[key] = (percentile(g, 0.99) if g else None, p50_ratio, m_bound)
    print()
    for key, label in (("full_page", "full page"), ("filtered", "tag-filtered")):
        g_cpu, m_cpu = gateway["cpu_per_call"].get(key), moto["cpu_per_call"].get(key)
        if g_cpu and m_cpu:
            print(f"server CPU per call, {label:12}  gateway {g_cpu * 1000:8.1f} ms   "
                  f"moto {m_cpu * 1000:9.1f} ms   ratio {m_cpu / g_cpu:6.0f}x")
        elif g_cpu:
            print(f"server CPU per call, {label:12}  gateway {g_cpu * 1000:8.1f} ms   moto n/a")
    print()
    filtered_p99, filtered_ratio, lower_bound = results["filtered"]
    if filtered_p99 is not None:
        print(f"tag-filtered DescribeInstances p99 = {filtered_p99:.1f} ms (target < {TARGET_P99_MS:.0f} ms): "
              f"{'met' if filtered_p99 < TARGET_P99_MS else 'NOT met'}")
    if filtered_ratio is not None:
        print(f"tag-filtered DescribeInstances moto/gateway (p50) {'>=' if lower_bound else '='} {filtered_ratio:.0f}x "
              f"(target >= {TARGET_RATIO:.0f}x): {'met' if filtered_ratio >= TARGET_RATIO else 'NOT met'}")


if __name__ == "__main__":
    main()
