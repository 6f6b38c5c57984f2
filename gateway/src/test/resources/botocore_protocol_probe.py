"""Calls CloudWatch ListMetrics and DescribeAlarms through botocore forced to one wire protocol.

Usage: botocore_protocol_probe.py ENDPOINT PROTOCOL   (PROTOCOL: smithy-rpc-v2-cbor, json or query)
Credentials come from the environment. Prints a JSON summary of what was sent and received.
"""
import json
import sys

import boto3
import botocore.model
from botocore.exceptions import ClientError

endpoint, protocol = sys.argv[1], sys.argv[2]
botocore.model.PRIORITY_ORDERED_SUPPORTED_PROTOCOLS = (protocol,)
client = boto3.client("cloudwatch", endpoint_url=endpoint, region_name="us-east-1")
sent = {}


def text(value):
    return value.decode() if isinstance(value, bytes) else value


def record(request, **kwargs):
    sent["content_type"] = text(request.headers.get("Content-Type"))
    sent["url"] = text(request.url)


client.meta.events.register("before-send.cloudwatch.*", record)
metrics = client.list_metrics(Namespace="Probe/" + protocol, MetricName="Bytes")["Metrics"]
try:
    client.describe_alarms()
    error = None
except ClientError as e:
    error = {"code": e.response["Error"]["Code"], "status": e.response["ResponseMetadata"]["HTTPStatusCode"]}
print(json.dumps({"sent": sent, "metrics": metrics, "error": error}))
