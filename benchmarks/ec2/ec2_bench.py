#!/usr/bin/env python3
"""Seeds one EC2 endpoint with the benchmark's account and measures it; writes the figures as JSON.

Usage: ec2_bench.py NAME PORT ACCESS_KEY SECRET_KEY OUT.json [options]

Seeding (seeding.py): a VPC with one /17 subnet, INSTANCES instances launched by RunInstances of BATCH, even
batches tagged env=prod and odd ones env=dev, a unique Name tag per instance. Measured, each call timed on
the client:
  full_page      DescribeInstances pages of 1000 instances, PAGES of them, walking the listing in turn;
  filtered       DescribeInstances tag:env=prod + instance-state-name=running, first page of 1000, CALLS times;
  run_instances  one RunInstances of BATCH instances into the populated account (wall time).
Every answer is checked (instance counts, page tokens) outside the timed part. A call that takes longer than
CALL_TIMEOUT is recorded as taking that long, flagged, and ends the measurement: the server is still busy.
"""
import argparse
import json
import os
import time

from ec2_http import CallTimedOut, Ec2Error, Ec2Http, instance_ids, next_token, tags
from seeding import seed

PAGE = 1000
FILTERED = {"Filter.1.Name": "tag:env", "Filter.1.Value.1": "prod",
            "Filter.2.Name": "instance-state-name", "Filter.2.Value.1": "running"}


def arguments():
    parser = argparse.ArgumentParser()
    for name in ("name", "port", "access_key", "secret_key", "out"):
        parser.add_argument(name)
    parser.add_argument("--instances", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--instance-type", default="t3.micro")
    parser.add_argument("--pages", type=int, default=50, help="measured full pages")
    parser.add_argument("--calls", type=int, default=300, help="measured filtered calls")
    parser.add_argument("--warmup", type=int, default=100, help="unmeasured filtered calls first")
    parser.add_argument("--call-timeout", type=float, default=600, help="seconds one measured call may take")
    parser.add_argument("--tag-threads", type=int, default=4)
    parser.add_argument("--server-pid", type=int, help="the server's process, for its CPU time per call")
    parser.add_argument("--pages-by-reservation", action="store_true",
                        help="the server counts MaxResults in reservations (moto), not instances (AWS)")
    return parser.parse_args()


def cpu_seconds(pid):
    """User + system CPU the process has used so far (0 when not known)."""
    if pid is None:
        return 0.0
    with open(f"/proc/{pid}/stat", encoding="ascii") as file:
        fields = file.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Measurement:
    """The samples of each figure and the server's CPU time per call, until a call times out."""

    def __init__(self, args, client):
        self.args = args
        self.client = client
        self.samples = {"full_page": [], "filtered": [], "run_instances": []}
        self.cpu_per_call = {}
        self.timed_out = None

    def figure(self, name, calls, call, warmup=0):
        """Runs call() warmup + calls times, keeping the last calls' seconds; call() checks its answer."""
        if self.timed_out:
            return
        cpu_before = cpu_seconds(self.args.server_pid)
        for index in range(warmup + calls):
            if index == warmup:
                cpu_before = cpu_seconds(self.args.server_pid)
            try:
                seconds = call()
            except CallTimedOut as e:
                print(f"  {self.args.name}: {e}; not measuring further", flush=True)
                self.samples[name].append(self.args.call_timeout)
                self.timed_out = name
                return
            if index >= warmup:
                self.samples[name].append(seconds)
        self.cpu_per_call[name] = (cpu_seconds(self.args.server_pid) - cpu_before) / calls

    def to_json(self):
        return {"name": self.args.name, "instances": self.args.instances, "batch": self.args.batch,
                **self.samples, "cpu_per_call": self.cpu_per_call, "timed_out": self.timed_out}


def page_size(args):
    return str(PAGE // args.batch if args.pages_by_reservation else PAGE)


def full_pages(args, client):
    """A call() for Measurement.figure that fetches the next page of the listing, starting over at its end."""
    state = {"token": None, "walked": 0}

    def next_page():
        params = {"MaxResults": page_size(args), **({"NextToken": state["token"]} if state["token"] else {})}
        seconds, data = client.call("DescribeInstances", params)
        count = len(instance_ids(data))
        state["token"], state["walked"] = next_token(data), state["walked"] + count
        if count != PAGE:
            raise Ec2Error(f"a full page answered {count} instances")
        if state["token"] is None:
            if state["walked"] != args.instances:
                raise Ec2Error(f"a full walk answered {state['walked']} instances")
            state["walked"] = 0
        return seconds
    return next_page


def filtered_call(args, client):
    request = {**FILTERED, "MaxResults": page_size(args)}

    def call():
        seconds, data = client.send(client.prepare("DescribeInstances", request))
        if data.count(b"<instanceId>") != PAGE or b"<value>prod</value>" not in data:
            raise Ec2Error(f"the filtered call answered {data.count(b'<instanceId>')} instances")
        return seconds
    return call


def run_instances(args, client, launch):
    def call():
        seconds, data = client.call("RunInstances", {**launch, **tags("TagSpecification.1", "instance",
                                                                         {"env": "bench"})})
        if len(instance_ids(data)) != args.batch:
            raise Ec2Error(f"RunInstances launched {len(instance_ids(data))} instances, not {args.batch}")
        return seconds
    return call


def main():
    args = arguments()
    started = time.perf_counter()
    launch = seed(args, Ec2Http(args.port, args.access_key, args.secret_key))
    print(f"  {args.name}: seeded {args.instances} instances in {time.perf_counter() - started:.0f}s", flush=True)
    client = Ec2Http(args.port, args.access_key, args.secret_key, timeout=args.call_timeout)
    measurement = Measurement(args, client)
    measurement.figure("full_page", args.pages, full_pages(args, client))
    measurement.figure("filtered", args.calls, filtered_call(args, client), warmup=args.warmup)
    measurement.figure("run_instances", 1, run_instances(args, client, launch))
    with open(args.out, "w", encoding="utf-8") as file:
        json.dump(measurement.to_json(), file)


if __name__ == "__main__":
    main()
