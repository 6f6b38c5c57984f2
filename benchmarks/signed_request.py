#!/usr/bin/env python3
"""Signs one STS GetCallerIdentity POST for http://127.0.0.1:PORT/ and writes it as a wrk request file.

Usage: signed_request.py PORT ACCESS_KEY_ID SECRET_ACCESS_KEY OUT.lua [EXPECT]

The request is what the AWS CLI sends: a SigV4 Authorization header over a form body. It is signed
once and replayed by wrk; the gateway keeps no replay cache and accepts X-Amz-Date within 15 minutes,
so it must be generated just before the run. Before writing, the request is sent once and the
answer must be 200 (and contain EXPECT, when given), so a benchmark never measures error responses.
"""
import http.client
import sys

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

BODY = "Action=GetCallerIdentity&Version=2011-06-15"
REGION = "us-east-1"


def sign(port, access_key, secret_key):
    request = AWSRequest(method="POST", url=f"http://127.0.0.1:{port}/", data=BODY,
                         headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
    SigV4Auth(Credentials(access_key, secret_key), "sts", REGION).add_auth(request)
    headers = dict(request.headers.items())
    headers["Host"] = f"127.0.0.1:{port}"
    return headers


def check(port, headers, expect):
    connection = http.client.HTTPConnection("127.0.0.1", int(port), timeout=30)
    connection.request("POST", "/", body=BODY, headers=headers)
    response = connection.getresponse()
    text = response.read().decode("utf-8", "replace")
    if response.status != 200 or (expect and expect not in text):
        sys.exit(f"127.0.0.1:{port} answered {response.status}: {text[:500]}")


def lua_string(value):
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    port, access_key, secret_key, out = sys.argv[1:5]
    expect = sys.argv[5] if len(sys.argv) > 5 else None
    headers = sign(port, access_key, secret_key)
    check(port, headers, expect)
    lines = ["return {", '  method = "POST",', f"  body = {lua_string(BODY)},", "  headers = {"]
    lines += [f"    [{lua_string(name)}] = {lua_string(value)}," for name, value in headers.items()]
    lines += ["  },", "}"]
    with open(out, "w", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
