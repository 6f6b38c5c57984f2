"""CloudWatch metrics through boto3 forced to rpcv2Cbor (botocore picks the first protocol it supports).

Credentials and endpoint come from CLOUDGATE_* variables. Prints a JSON summary of what was received.
"""
import datetime
import json
import os

import boto3
import botocore.model
from botocore.exceptions import ClientError

botocore.model.PRIORITY_ORDERED_SUPPORTED_PROTOCOLS = ("smithy-rpc-v2-cbor",)
client = boto3.client("cloudwatch", endpoint_url=os.environ["CLOUDGATE_ENDPOINT"], region_name="us-east-1",
                      aws_access_key_id=os.environ["CLOUDGATE_ACCESS_KEY_ID"],
                      aws_secret_access_key=os.environ["CLOUDGATE_SECRET_ACCESS_KEY"])
sent = {}
client.meta.events.register("before-send.cloudwatch.*",
                            lambda request, **kwargs: sent.update(url=request.url,
                                                                  protocol=request.headers.get("smithy-protocol")))

minute = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0) - datetime.timedelta(minutes=3)
client.put_metric_data(Namespace="Cbor/App", MetricData=[
    {"MetricName": "Load", "Timestamp": minute, "Values": [1.0, 3.0], "Counts": [1.0, 1.0], "Unit": "Percent"},
    {"MetricName": "Load", "Timestamp": minute, "StorageResolution": 1, "Value": 8.0, "Unit": "Percent"},
])
stats = client.get_metric_statistics(Namespace="Cbor/App", MetricName="Load", StartTime=minute,
                                     EndTime=minute + datetime.timedelta(minutes=1), Period=60,
                                     Statistics=["Sum", "Maximum", "SampleCount"])
data = client.get_metric_data(StartTime=minute, EndTime=minute + datetime.timedelta(minutes=1), MetricDataQueries=[
    {"Id": "load", "MetricStat": {"Metric": {"Namespace": "Cbor/App", "MetricName": "Load"}, "Period": 60,
                                  "Stat": "Average"}, "ReturnData": False},
    {"Id": "half", "Expression": "load / 2"}])
listed = client.list_metrics(Namespace="Cbor/App")["Metrics"]
try:
    client.put_metric_data(Namespace="Cbor/App", MetricData=[{"MetricName": "Bad", "Values": [1.0, 2.0],
                                                              "Counts": [1.0]}])
    error = None
except ClientError as e:
    error = {"code": e.response["Error"]["Code"], "message": e.response["Error"]["Message"],
             "status": e.response["ResponseMetadata"]["HTTPStatusCode"]}
point = stats["Datapoints"][0]
print(json.dumps({
    "sent": {k: v.decode() if isinstance(v, bytes) else v for k, v in sent.items()},
    "stats": {"Sum": point["Sum"], "Maximum": point["Maximum"], "SampleCount": point["SampleCount"],
              "Unit": point["Unit"]},
    "half": data["MetricDataResults"][0]["Values"],
    "listed": [m["MetricName"] for m in listed],
    "error": error,
}))
