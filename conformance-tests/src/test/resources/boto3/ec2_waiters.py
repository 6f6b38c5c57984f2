"""Launches, stops and terminates an EC2 instance on a cloudgate gateway with boto3's own waiters and prints
what it saw as one JSON object.

The script records outcomes (states, timings, waiter errors) rather than judging them; the Java test asserts.
Inputs (environment): CLOUDGATE_ENDPOINT, CLOUDGATE_ACCESS_KEY_ID, CLOUDGATE_SECRET_ACCESS_KEY.
"""
import json
import os
import sys
import time

import boto3
from botocore.exceptions import WaiterError

# The embedded cloud changes state within 1-2 s; poll every second instead of the waiters' default 15 s.
QUICK = {"Delay": 1, "MaxAttempts": 30}


class CallCounter:
    """Counts DescribeInstances calls, so the summary shows the waiters really polled."""

    def __init__(self, ec2):
        self.count = 0
        ec2.meta.events.register("before-call.ec2.DescribeInstances", self._called)

    def _called(self, **_):
        self.count += 1


def instance(ec2, instance_id):
    found = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]
    return {"state": found["State"]["Name"], "code": found["State"]["Code"],
            "privateIp": found.get("PrivateIpAddress"), "type": found["InstanceType"],
            "tags": {tag["Key"]: tag["Value"] for tag in found.get("Tags", [])}}


def wait(ec2, counter, waiter_name, instance_id):
    """Runs one waiter; returns how long it took, how many polls it made and the instance afterwards."""
    calls_before = counter.count
    started = time.monotonic()
    ec2.get_waiter(waiter_name).wait(InstanceIds=[instance_id], WaiterConfig=QUICK)
    return {"seconds": round(time.monotonic() - started, 2), "polls": counter.count - calls_before,
            "after": instance(ec2, instance_id)}


def main():
    ec2 = boto3.session.Session(region_name="us-east-1").client(
        "ec2", endpoint_url=os.environ["CLOUDGATE_ENDPOINT"],
        aws_access_key_id=os.environ["CLOUDGATE_ACCESS_KEY_ID"],
        aws_secret_access_key=os.environ["CLOUDGATE_SECRET_ACCESS_KEY"])
    counter = CallCounter(ec2)
    images = ec2.describe_images(Owners=["amazon"], Filters=[{"Name": "name", "Values": ["al2023-ami-*-x86_64"]}])
    image_id = max(images["Images"], key=lambda image: image["CreationDate"])["ImageId"]

    launched = ec2.run_instances(
        ImageId=image_id, InstanceType="t3.micro", MinCount=1, MaxCount=1,
        TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "boto-waiter"}]}],
    )["Instances"][0]
    instance_id = launched["InstanceId"]
    summary = {"imageId": image_id, "instanceId": instance_id, "launchedState": launched["State"]["Name"]}
    summary["running"] = wait(ec2, counter, "instance_running", instance_id)

    summary["stopState"] = ec2.stop_instances(InstanceIds=[instance_id])["StoppingInstances"][0][
        "CurrentState"]["Name"]
    summary["stopped"] = wait(ec2, counter, "instance_stopped", instance_id)

    summary["terminateState"] = ec2.terminate_instances(InstanceIds=[instance_id])["TerminatingInstances"][0][
        "CurrentState"]["Name"]
    summary["terminated"] = wait(ec2, counter, "instance_terminated", instance_id)

    # instance_running treats a terminated instance as a terminal failure: the waiter must give up at once.
    started = time.monotonic()
    try:
        ec2.get_waiter("instance_running").wait(InstanceIds=[instance_id], WaiterConfig=QUICK)
        summary["runningAfterTermination"] = None
    except WaiterError as e:
        summary["runningAfterTermination"] = {"message": str(e), "seconds": round(time.monotonic() - started, 2)}
    json.dump(summary, sys.stdout, indent=2)


if __name__ == "__main__":
    main()
