"""Drives STS and IAM on a cloudgate gateway with boto3 and prints what happened as one JSON object.

The script records outcomes (values and error codes) rather than judging them; the Java test asserts.
Inputs (environment): CLOUDGATE_ENDPOINT, CLOUDGATE_ACCESS_KEY_ID, CLOUDGATE_SECRET_ACCESS_KEY.
"""
import json
import os
import sys

import boto3
from botocore.exceptions import ClientError

ENDPOINT = os.environ["CLOUDGATE_ENDPOINT"]
SESSION = boto3.session.Session(region_name="us-east-1")


def client(service, key_id, secret, token=None):
    return SESSION.client(service, endpoint_url=ENDPOINT, aws_access_key_id=key_id,
                          aws_secret_access_key=secret, aws_session_token=token)


def error_of(call):
    """The ClientError a call raised, as a dict; None when the call unexpectedly succeeded."""
    try:
        call()
    except ClientError as e:
        return {
            "operation": e.operation_name,
            "code": e.response["Error"].get("Code"),
            "message": e.response["Error"].get("Message"),
            "status": e.response["ResponseMetadata"]["HTTPStatusCode"],
            "retries": e.response["ResponseMetadata"].get("RetryAttempts", 0),
        }
    return None


def identity(sts):
    found = sts.get_caller_identity()
    return {"account": found["Account"], "arn": found["Arn"], "userId": found["UserId"]}


def key_statuses(iam, user):
    return [k["Status"] for k in iam.list_access_keys(UserName=user)["AccessKeyMetadata"]]


def main():
    root_key = (os.environ["CLOUDGATE_ACCESS_KEY_ID"], os.environ["CLOUDGATE_SECRET_ACCESS_KEY"])
    iam = client("iam", *root_key)
    summary = {"root": identity(client("sts", *root_key))}
    summary["wrongSecretError"] = error_of(
        lambda: client("sts", root_key[0], "not-the-secret").get_caller_identity())

    user = iam.create_user(UserName="boto-alice", Path="/boto/")["User"]
    summary["createdUser"] = {"arn": user["Arn"], "userId": user["UserId"], "path": user["Path"]}
    summary["fetchedUserArn"] = iam.get_user(UserName="boto-alice")["User"]["Arn"]
    summary["listedUserNames"] = [u["UserName"]
                                  for page in iam.get_paginator("list_users").paginate(PathPrefix="/boto/")
                                  for u in page["Users"]]
    summary["duplicateUserError"] = error_of(lambda: iam.create_user(UserName="BOTO-ALICE"))

    key = iam.create_access_key(UserName="boto-alice")["AccessKey"]
    summary["accessKey"] = {"id": key["AccessKeyId"], "status": key["Status"]}
    summary["keyCaller"] = identity(client("sts", key["AccessKeyId"], key["SecretAccessKey"]))

    token = client("sts", key["AccessKeyId"], key["SecretAccessKey"]).get_session_token(DurationSeconds=900)
    credentials = token["Credentials"]
    summary["sessionToken"] = {"accessKeyId": credentials["AccessKeyId"],
                               "expiration": credentials["Expiration"].isoformat()}
    summary["sessionCaller"] = identity(client("sts", credentials["AccessKeyId"], credentials["SecretAccessKey"],
                                               credentials["SessionToken"]))

    summary["keyStatusesBeforeUpdate"] = key_statuses(iam, "boto-alice")
    iam.update_access_key(UserName="boto-alice", AccessKeyId=key["AccessKeyId"], Status="Inactive")
    summary["keyStatusesAfterUpdate"] = key_statuses(iam, "boto-alice")
    summary["inactiveKeyError"] = error_of(
        lambda: client("sts", key["AccessKeyId"], key["SecretAccessKey"]).get_caller_identity())
    summary["deleteUserWithKeyError"] = error_of(lambda: iam.delete_user(UserName="boto-alice"))

    iam.delete_access_key(UserName="boto-alice", AccessKeyId=key["AccessKeyId"])
    summary["keyStatusesAfterDelete"] = key_statuses(iam, "boto-alice")
    iam.delete_user(UserName="boto-alice")
    summary["deletedUserError"] = error_of(lambda: iam.get_user(UserName="boto-alice"))
    summary["unsupportedError"] = error_of(lambda: iam.list_roles())

    json.dump(summary, sys.stdout, indent=2)


if __name__ == "__main__":
    main()
