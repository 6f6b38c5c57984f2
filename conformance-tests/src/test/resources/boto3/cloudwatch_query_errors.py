"""Two CloudWatch errors through boto3 forced to the protocol named by the first argument (for example
smithy-rpc-v2-cbor): what botocore parsed and the raw x-amzn-query-error header, as JSON keyed by error.

Credentials and endpoint come from CLOUDGATE_* variables.
"""
import json
import os
import sys

import boto3
import botocore.model
from botocore.exceptions import ClientError

botocore.model.PRIORITY_ORDERED_SUPPORTED_PROTOCOLS = (sys.argv[1],)
client = boto3.client("cloudwatch", endpoint_url=os.environ["CLOUDGATE_ENDPOINT"], region_name="us-east-1",
                      aws_access_key_id=os.environ["CLOUDGATE_ACCESS_KEY_ID"],
                      aws_secret_access_key=os.environ["CLOUDGATE_SECRET_ACCESS_KEY"])
received = {}
client.meta.events.register("after-call.cloudwatch.*",
                            lambda http_response, **kwargs: received.update(
                                header=http_response.headers.get("x-amzn-query-error"),
                                content_type=http_response.headers.get("Content-Type")))


def failure(call):
    try:
        call()
    except ClientError as e:
        error = e.response["Error"]
        return {"code": error["Code"], "message": error.get("Message"), "type": error.get("Type"),
                "query_error_code": error.get("QueryErrorCode"),
                "status": e.response["ResponseMetadata"]["HTTPStatusCode"], **received}
    raise AssertionError("the call succeeded")


print(json.dumps({
    "missing_alarm": failure(lambda: client.set_alarm_state(AlarmName="no-such-alarm", StateValue="OK",
                                                            StateReason="x")),
    "invalid_dashboard_name": failure(lambda: client.put_dashboard(DashboardName="bad name!",
                                                                   DashboardBody='{"widgets":[]}')),
}))
