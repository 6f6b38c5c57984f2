"""A minimal EC2 Query-protocol client: signs with botocore, sends with http.client, never parses in the timer.

botocore's own response parsing takes far longer than the servers on a 1000-instance answer, so the timed
part of a call is only the HTTP exchange (send, wait, read the whole body); signing happens before the
timer starts and counting or extracting values from the answer after it stops.
"""
import http.client
import re
import time
import urllib.parse

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

API_VERSION = "2016-11-15"
INSTANCE_ID = re.compile(rb"<instanceId>(i-[0-9a-zA-Z]+)</instanceId>")
NEXT_TOKEN = re.compile(rb"<nextToken>([^<]+)</nextToken>")


class Ec2Error(Exception):
    pass


class CallTimedOut(Ec2Error):
    """The server did not answer within the client's timeout (it may still be working on the call)."""


class Ec2Http:
    """One keep-alive connection to one server (reopened when the server closes it, as moto does)."""

    def __init__(self, port, access_key, secret_key, timeout=600, region="us-east-1"):
        self.host = f"127.0.0.1:{port}"
        self.port = int(port)
        self.credentials = Credentials(access_key, secret_key)
        self.region = region
        self.timeout = timeout
        self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def prepare(self, action, params):
        """A signed request, ready to send."""
        body = urllib.parse.urlencode({"Action": action, "Version": API_VERSION, **params})
        request = AWSRequest(method="POST", url=f"http://{self.host}/", data=body,
                             headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
        SigV4Auth(self.credentials, "ec2", self.region).add_auth(request)
        headers = dict(request.headers.items())
        headers["Host"] = self.host
        return action, body, headers

    def send(self, prepared):
        """Sends a prepared request; returns (seconds, body). Any answer but 200 is an error."""
        action, body, headers = prepared
        start = time.perf_counter()
        try:
            self.connection.request("POST", "/", body=body, headers=headers)
            response = self.connection.getresponse()
            data = response.read()
        except TimeoutError as e:
            self.connection.close()
            raise CallTimedOut(f"{action} took longer than {self.timeout}s") from e
        except (http.client.HTTPException, ConnectionError):
            self.connection.close()
            raise
        elapsed = time.perf_counter() - start
        if response.will_close:
            self.connection.close()
        if response.status != 200:
            raise Ec2Error(f"{action} answered {response.status}: {data[:600].decode('utf-8', 'replace')}")
        return elapsed, data

    def call(self, action, params):
        """Signs and sends; returns (seconds, body)."""
        return self.send(self.prepare(action, params))


def first(pattern, data, what):
    match = re.search(pattern, data)
    if not match:
        raise Ec2Error(f"no {what} in: {data[:600].decode('utf-8', 'replace')}")
    return match.group(1).decode()


def instance_ids(data):
    return [match.decode() for match in INSTANCE_ID.findall(data)]


def next_token(data):
    match = NEXT_TOKEN.search(data)
    return match.group(1).decode() if match else None


def tags(prefix, resource_type, tag_map):
    """TagSpecification or Tag parameters in Query form."""
    params = {}
    if resource_type is not None:
        params[f"{prefix}.ResourceType"] = resource_type
        prefix = f"{prefix}.Tag"
    for index, (key, value) in enumerate(tag_map.items(), start=1):
        params[f"{prefix}.{index}.Key"] = key
        params[f"{prefix}.{index}.Value"] = value
    return params
