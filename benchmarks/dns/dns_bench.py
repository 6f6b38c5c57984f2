#!/usr/bin/env python3
"""Route 53 change-to-answer latency through the gateway, and the query file for dnsperf.

Usage: dns_bench.py GATEWAY_PORT ACCESS_KEY SECRET_KEY DNS_PORT OUT.json QUERIES.txt [--changes N]

Creates the hosted zone bench.test. and NAMES A records in it, writes them as a dnsperf query file, then makes
CHANGES upserts of those names, each to a new address. For each change it sends ChangeResourceRecordSets
(boto3, signed) and then asks the DNS port over UDP every POLL seconds until it answers the new address; the
figure is the time from sending the change to that answer (the API call included). A change not answered
within TIMEOUT seconds is recorded as TIMEOUT and counted as missed.
"""
import argparse
import json
import random
import socket
import struct
import time
import uuid

import boto3

ZONE = "bench.test."
NAMES = 50
POLL = 0.005
TIMEOUT = 5.0


def arguments():
    parser = argparse.ArgumentParser()
    for name in ("gateway_port", "access_key", "secret_key", "dns_port", "out", "queries"):
        parser.add_argument(name)
    parser.add_argument("--changes", type=int, default=200)
    return parser.parse_args()


def query(name, query_id):
    """A DNS query for the A record of name, recursion not desired."""
    labels = b"".join(bytes([len(part)]) + part.encode() for part in name.rstrip(".").split("."))
    return struct.pack(">HHHHHH", query_id, 0, 1, 0, 0, 0) + labels + b"\x00" + struct.pack(">HH", 1, 1)


def skip_name(message, offset):
    while True:
        length = message[offset]
        if length == 0:
            return offset + 1
        if length >= 0xC0:
            return offset + 2
        offset += 1 + length


def addresses(message, query_id):
    """The A addresses in the answer section of a response to query_id; None for another message."""
    if len(message) < 12:
        return None
    ident, flags, questions, answers = struct.unpack(">HHHH", message[:8])
    if ident != query_id or not flags & 0x8000:
        return None
    offset = 12
    for _ in range(questions):
        offset = skip_name(message, offset) + 4
    found = []
    for _ in range(answers):
        offset = skip_name(message, offset)
        rtype, _, _, length = struct.unpack(">HHIH", message[offset:offset + 10])
        offset += 10
        if rtype == 1 and length == 4:
            found.append(socket.inet_ntoa(message[offset:offset + 4]))
        offset += length
    return found


def first_answer(sock, port, name, expected, started):
    """Seconds from started until the DNS port answers expected for name; TIMEOUT if it never does."""
    while time.perf_counter() - started < TIMEOUT:
        query_id = random.randrange(65536)
        tick = time.perf_counter()
        sock.sendto(query(name, query_id), ("127.0.0.1", port))
        while True:
            remaining = POLL - (time.perf_counter() - tick)
            if remaining <= 0:
                break
            sock.settimeout(remaining)
            try:
                found = addresses(sock.recv(4096), query_id)
            except socket.timeout:
                break
            if found is not None:
                if expected in found:
                    return time.perf_counter() - started
                break
        time.sleep(max(0.0, POLL - (time.perf_counter() - tick)))
    return TIMEOUT


def upsert(client, zone_id, name, address):
    client.change_resource_record_sets(HostedZoneId=zone_id, ChangeBatch={"Changes": [{
        "Action": "UPSERT",
        "ResourceRecordSet": {"Name": name, "Type": "A", "TTL": 60, "ResourceRecords": [{"Value": address}]}}]})


def main():
    args = arguments()
    client = boto3.client("route53", endpoint_url=f"http://127.0.0.1:{args.gateway_port}", region_name="us-east-1",
                          aws_access_key_id=args.access_key, aws_secret_access_key=args.secret_key)
    zone_id = client.create_hosted_zone(Name=ZONE, CallerReference=str(uuid.uuid4()))["HostedZone"]["Id"]
    names = [f"host{index}.{ZONE}" for index in range(NAMES)]
    for index, name in enumerate(names):
        upsert(client, zone_id, name, f"10.0.0.{index + 1}")
    with open(args.queries, "w", encoding="ascii") as file:
        file.writelines(f"{name} A\n" for name in names)
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    port = int(args.dns_port)
    if first_answer(sock, port, names[0], "10.0.0.1", time.perf_counter()) >= TIMEOUT:
        raise SystemExit(f"the DNS port {port} does not answer {names[0]} after seeding")
    visible, api = [], []
    for change in range(args.changes):
        name = names[change % NAMES]
        address = f"10.1.{change // 250}.{change % 250 + 1}"
        started = time.perf_counter()
        upsert(client, zone_id, name, address)
        api.append(time.perf_counter() - started)
        visible.append(first_answer(sock, port, name, address, started))
    with open(args.out, "w", encoding="utf-8") as file:
        json.dump({"visible": visible, "api": api, "missed": sum(1 for v in visible if v >= TIMEOUT)}, file)


if __name__ == "__main__":
    main()
