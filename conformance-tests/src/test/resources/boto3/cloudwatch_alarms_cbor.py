"""CloudWatch alarms through boto3 forced to rpcv2Cbor (botocore picks the first protocol it supports).

Credentials and endpoint come from CLOUDGATE_* variables. Prints a JSON summary of what was received.
"""
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
client.meta.events.register("before-send.cloudwatch.PutMetricAlarm",
                            lambda request, **kwargs: sent.update(url=request.url,
                                                                  protocol=request.headers.get("smithy-protocol")))
received = {}
client.meta.events.register("after-call.cloudwatch.*",
                            lambda http_response, **kwargs: received.update(
                                query_error=http_response.headers.get("x-amzn-query-error")))


def failure(call):
    """The error botocore parsed from a call that must fail, with the raw query-error header."""
    try:
        call()
    except ClientError as e:
        return {"code": e.response["Error"]["Code"], "message": e.response["Error"]["Message"],
                "status": e.response["ResponseMetadata"]["HTTPStatusCode"], "header": received.get("query_error")}
    return None


def view(alarm):
    """What the test checks of a described alarm, timestamps left out."""
    keys = ("AlarmName", "Namespace", "MetricName", "Dimensions", "Statistic", "Period", "Unit", "EvaluationPeriods",
            "DatapointsToAlarm", "Threshold", "ComparisonOperator", "TreatMissingData", "AlarmActions",
            "OKActions", "InsufficientDataActions", "ActionsEnabled", "StateValue", "StateReason", "Metrics")
    return {key: alarm[key] for key in keys if key in alarm}


client.put_metric_alarm(AlarmName="cbor-static", Namespace="Cbor/Queue", MetricName="Depth",
                        Dimensions=[{"Name": "Queue", "Value": "jobs"}], Statistic="Average", Period=60,
                        Unit="Count", EvaluationPeriods=3, DatapointsToAlarm=2, Threshold=12.5,
                        ComparisonOperator="GreaterThanOrEqualToThreshold", TreatMissingData="breaching",
                        OKActions=["https://example.invalid/ok"], Tags=[{"Key": "team", "Value": "queue"}])
client.put_metric_alarm(AlarmName="cbor-math", EvaluationPeriods=1, Threshold=0.1,
                        ComparisonOperator="GreaterThanThreshold", Metrics=[
                            {"Id": "errors", "ReturnData": False, "MetricStat": {
                                "Metric": {"Namespace": "Cbor/Web", "MetricName": "Errors"}, "Period": 300,
                                "Stat": "Sum"}},
                            {"Id": "requests", "ReturnData": False, "MetricStat": {
                                "Metric": {"Namespace": "Cbor/Web", "MetricName": "Requests"}, "Period": 300,
                                "Stat": "Sum"}},
                            {"Id": "rate", "Expression": "errors / requests", "Label": "Error rate",
                             "ReturnData": True}])

by_prefix = client.describe_alarms(AlarmNamePrefix="cbor-")["MetricAlarms"]
client.set_alarm_state(AlarmName="cbor-math", StateValue="ALARM", StateReason="testing alarm",
                       StateReasonData='{"source":"cbor"}')
in_alarm = client.describe_alarms(StateValue="ALARM")["MetricAlarms"]
by_action = client.describe_alarms(ActionPrefix="https://example.invalid/")["MetricAlarms"]
history = client.describe_alarm_history(AlarmName="cbor-math", HistoryItemType="StateUpdate")["AlarmHistoryItems"]
all_history = client.describe_alarm_history(AlarmName="cbor-math", ScanBy="TimestampAscending")["AlarmHistoryItems"]
tags = client.list_tags_for_resource(ResourceARN=by_prefix[1]["AlarmArn"])["Tags"]
missing_state = failure(lambda: client.set_alarm_state(AlarmName="cbor-nope", StateValue="OK", StateReason="x"))
bad_period = failure(lambda: client.put_metric_alarm(
    AlarmName="cbor-bad", Namespace="N", MetricName="M", Statistic="Sum", Period=45, EvaluationPeriods=1,
    Threshold=1.0, ComparisonOperator="GreaterThanThreshold"))
client.delete_alarms(AlarmNames=["cbor-static", "cbor-math"])
left = client.describe_alarms(AlarmNamePrefix="cbor-")["MetricAlarms"]

print(json.dumps({
    "sent": {k: v.decode() if isinstance(v, bytes) else v for k, v in sent.items()},
    "by_prefix": [view(alarm) for alarm in by_prefix],
    "in_alarm": [view(alarm) for alarm in in_alarm],
    "by_action": [alarm["AlarmName"] for alarm in by_action],
    "history": [{"summary": item["HistorySummary"], "type": item["HistoryItemType"],
                 "data": json.loads(item["HistoryData"])} for item in history],
    "all_history_types": [item["HistoryItemType"] for item in all_history],
    "tags": tags,
    "missing_state": missing_state,
    "bad_period": bad_period,
    "left": [alarm["AlarmName"] for alarm in left],
}))
