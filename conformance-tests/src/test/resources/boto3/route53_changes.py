"""Creates hosted zones and record sets on a cloudgate gateway with boto3, waits for each change with the
resource_record_sets_changed waiter, pages through zones and record sets with boto3's paginators, and asks the
gateway's DNS port over a plain UDP socket what it answers; prints everything it saw as one JSON object.

The script records outcomes rather than judging them; the Java test asserts.
Inputs (environment): CLOUDGATE_ENDPOINT, CLOUDGATE_ACCESS_KEY_ID, CLOUDGATE_SECRET_ACCESS_KEY, CLOUDGATE_DNS_PORT.
"""
import json
import os
import random
import socket
import struct
import time

import boto3

# Changes are in sync within a second here; poll every second instead of the waiter's default 30 s.
QUICK = {"Delay": 1, "MaxAttempts": 20}
TYPES = {"A": 1, "TXT": 16}


def dns_query(name, record_type):
    """One UDP query to the gateway's DNS port; returns the response code, AA flag and answer data."""
    query_id = random.randrange(65536)
    question = b"".join(bytes([len(label)]) + label.encode() for label in name.rstrip(".").split("."))
    packet = struct.pack(">HHHHHH", query_id, 0, 1, 0, 0, 0) + question + b"\0" \
        + struct.pack(">HH", TYPES[record_type], 1)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(3)
        sock.sendto(packet, ("127.0.0.1", int(os.environ["CLOUDGATE_DNS_PORT"])))
        response, _ = sock.recvfrom(65535)
    answer_id, flags, questions, answers = struct.unpack(">HHHH", response[:8])
    offset = 12
    for _ in range(questions):
        offset = skip_name(response, offset) + 4
    data = []
    for _ in range(answers):
        offset = skip_name(response, offset)
        rtype, _, _, length = struct.unpack(">HHIH", response[offset:offset + 10])
        rdata = response[offset + 10:offset + 10 + length]
        offset += 10 + length
        if rtype == TYPES[record_type]:
            data.append(decode(record_type, rdata))
    return {"id": answer_id == query_id, "rcode": flags & 0xF, "aa": bool(flags & 0x0400), "answers": data}


def skip_name(message, offset):
    while True:
        length = message[offset]
        if length == 0:
            return offset + 1
        if length & 0xC0 == 0xC0:
            return offset + 2
        offset += 1 + length


def decode(record_type, rdata):
    if record_type == "A":
        return socket.inet_ntoa(rdata)
    strings, offset = [], 0
    while offset < len(rdata):
        strings.append(rdata[offset + 1:offset + 1 + rdata[offset]].decode())
        offset += 1 + rdata[offset]
    return strings


class CallCounter:
    """Counts GetChange calls, so the summary shows the waiter really polled."""

    def __init__(self, route53):
        self.count = 0
        route53.meta.events.register("before-call.route53.GetChange", self._called)

    def _called(self, **_):
        self.count += 1


def change(route53, counter, zone_id, action, record_sets):
    """Sends one batch and waits for it; returns the status the batch had and the waiter's polls and time."""
    response = route53.change_resource_record_sets(HostedZoneId=zone_id, ChangeBatch={"Changes": [
        {"Action": action, "ResourceRecordSet": record_set} for record_set in record_sets]})
    change_id = response["ChangeInfo"]["Id"]
    before, started = counter.count, time.monotonic()
    route53.get_waiter("resource_record_sets_changed").wait(Id=change_id, WaiterConfig=QUICK)
    return {"id": change_id, "submitted": response["ChangeInfo"]["Status"], "polls": counter.count - before,
            "seconds": time.monotonic() - started,
            "after": route53.get_change(Id=change_id)["ChangeInfo"]["Status"]}


def a_record(name, address):
    return {"Name": name, "Type": "A", "TTL": 60, "ResourceRecords": [{"Value": address}]}


def main():
    route53 = boto3.client("route53", endpoint_url=os.environ["CLOUDGATE_ENDPOINT"], region_name="us-east-1",
                           aws_access_key_id=os.environ["CLOUDGATE_ACCESS_KEY_ID"],
                           aws_secret_access_key=os.environ["CLOUDGATE_SECRET_ACCESS_KEY"])
    counter = CallCounter(route53)
    summary = {}
    zones = [route53.create_hosted_zone(Name=f"boto{index}.example", CallerReference=f"boto-{index}")["HostedZone"]
             for index in range(3)]
    zone_id = zones[0]["Id"]

    pages = list(route53.get_paginator("list_hosted_zones").paginate(PaginationConfig={"PageSize": 2}))
    summary["zonePages"] = [[zone["Name"] for zone in page["HostedZones"]] for page in pages]

    hosts = [a_record(f"h{index:02d}.boto0.example", f"192.0.2.{index + 1}") for index in range(12)]
    txt = {"Name": "txt.boto0.example", "Type": "TXT", "TTL": 60,
           "ResourceRecords": [{"Value": '"hello from boto3" "second string"'}]}
    summary["create"] = change(route53, counter, zone_id, "CREATE", hosts + [txt])
    summary["createdAnswer"] = dns_query("h03.boto0.example", "A")
    summary["txtAnswer"] = dns_query("txt.boto0.example", "TXT")
    summary["missingAnswer"] = dns_query("nothere.boto0.example", "A")

    pages = list(route53.get_paginator("list_resource_record_sets").paginate(
        HostedZoneId=zone_id, PaginationConfig={"PageSize": 5}))
    summary["recordPages"] = [[f"{s['Name']} {s['Type']}" for s in page["ResourceRecordSets"]] for page in pages]

    summary["upsert"] = change(route53, counter, zone_id, "UPSERT", [a_record("h03.boto0.example", "198.51.100.3")])
    summary["upsertedAnswer"] = dns_query("h03.boto0.example", "A")

    upserted = [a_record("h03.boto0.example", "198.51.100.3") if host["Name"].startswith("h03.") else host
                for host in hosts]
    summary["delete"] = change(route53, counter, zone_id, "DELETE", upserted + [txt])
    summary["deletedAnswer"] = dns_query("h03.boto0.example", "A")
    for zone in zones:
        route53.delete_hosted_zone(Id=zone["Id"])
    summary["zonesLeft"] = route53.list_hosted_zones()["HostedZones"]
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
