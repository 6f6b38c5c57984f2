#!/usr/bin/env python3
"""CloudWatch PutMetricData ingest and GetMetricStatistics latency against one endpoint; writes JSON.

Usage: cw_bench.py NAME PORT ACCESS_KEY SECRET_KEY OUT.json [--ingest-seconds S] [--calls N] [--connections C] [--gzip]

Requests are made by boto3 (whichever protocol it picks: awsJson 1.0 today), uncompressed unless --gzip, and captured signed, before
they leave, by a before-send hook; the timed part replays them over keep-alive http.client connections, so
that botocore's serializing and parsing (slower than either server on these sizes) is not measured.

  statistics  (measured first, on the fresh server; see main)
  ingest      PutMetricData of 1000 datums (100 metrics x 10 hosts), each with a Values/Counts array of
              VALUES values, replayed from CONNECTIONS threads for INGEST_SECONDS; datapoints/s = values stored.
  statistics  7 days of 1-minute data of one series (10,080 points, loaded once), then CALLS
              GetMetricStatistics alternating period 3600 over the 7 days (168 datapoints) and period 300 over
              the last 5 days (1,440 datapoints: AWS rejects more than 1,440 in one answer), five statistics.
Each kind of answer is checked once through boto3 outside the timer (the datapoint counts); every replayed
answer must be HTTP 200.
"""
import argparse
import datetime
import http.client
import json
import threading
import time
import urllib.parse

import boto3
from botocore.config import Config

DATUMS = 1000
METRICS = 100
VALUES = 10
SERIES_MINUTES = 7 * 24 * 60


class Captured(Exception):
    """Raised by the before-send hook: the signed request is kept, not sent."""

    def __init__(self, request):
        super().__init__("captured")
        parts = urllib.parse.urlsplit(request.url)
        self.path = parts.path + (f"?{parts.query}" if parts.query else "")
        self.headers = dict(request.headers.items())
        self.body = request.body if isinstance(request.body, bytes) else (request.body or "").encode()


def arguments():
    parser = argparse.ArgumentParser()
    for name in ("name", "port", "access_key", "secret_key", "out"):
        parser.add_argument(name)
    parser.add_argument("--ingest-seconds", type=float, default=15)
    parser.add_argument("--ingest-requests", type=int, default=20, help="distinct signed requests replayed")
    parser.add_argument("--connections", type=int, default=2)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--gzip", action="store_true",
                        help="let botocore gzip large request bodies (moto 5.2 fails on them: off by default)")
    parser.add_argument("--call-timeout", type=float, default=120)
    return parser.parse_args()


def clients(args):
    """A boto3 client that sends, and one whose requests are captured instead."""
    def make():
        return boto3.client("cloudwatch", endpoint_url=f"http://127.0.0.1:{args.port}", region_name="us-east-1",
                            aws_access_key_id=args.access_key, aws_secret_access_key=args.secret_key,
                            config=Config(disable_request_compression=not args.gzip))
    capturing = make()

    def capture(request, **_):
        raise Captured(request)
    capturing.meta.events.register("before-send.cloudwatch", capture)
    return make(), capturing


def signed(capturing, operation, **params):
    try:
        getattr(capturing, operation)(**params)
    except Captured as captured:
        return captured
    raise RuntimeError("the request was not captured")


class Replayer:
    """One keep-alive connection replaying captured requests (reopened when the server closes it)."""

    def __init__(self, port, timeout):
        self.port, self.timeout = port, timeout
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)

    def send(self, request):
        """Seconds taken; raises unless the answer is 200."""
        started = time.perf_counter()
        try:
            self.connection.request("POST", request.path, body=request.body, headers=request.headers)
            response = self.connection.getresponse()
            data = response.read()
        except (http.client.HTTPException, ConnectionError, TimeoutError):
            self.connection.close()
            raise
        elapsed = time.perf_counter() - started
        if response.will_close:
            self.connection.close()
        if response.status != 200:
            raise RuntimeError(f"answered {response.status}: {data[:400]!r}")
        return elapsed


def ingest_request(capturing, timestamp):
    data = [{"MetricName": f"m{index % METRICS}", "Dimensions": [{"Name": "Host", "Value": f"h{index // METRICS}"}],
             "Timestamp": timestamp, "Unit": "Milliseconds",
             "Values": [float(v) for v in range(VALUES)], "Counts": [1.0] * VALUES} for index in range(DATUMS)]
    return signed(capturing, "put_metric_data", Namespace="Bench/Ingest", MetricData=data)


def ingest(args, capturing, now):
    requests = [ingest_request(capturing, now - datetime.timedelta(minutes=index + 1))
                for index in range(args.ingest_requests)]
    Replayer(args.port, args.call_timeout).send(requests[0])
    calls, errors = [0] * args.connections, []
    deadline = time.perf_counter() + args.ingest_seconds

    def run(slot):
        replayer, index = Replayer(args.port, args.call_timeout), slot
        try:
            while time.perf_counter() < deadline:
                replayer.send(requests[index % len(requests)])
                calls[slot] += 1
                index += args.connections
        except Exception as e:  # reported in the results, ends this connection's run
            errors.append(repr(e))
    started = time.perf_counter()
    threads = [threading.Thread(target=run, args=(slot,)) for slot in range(args.connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return {"calls": sum(calls), "seconds": elapsed, "datapoints_per_second": sum(calls) * DATUMS * VALUES / elapsed,
            "bytes_per_call": len(requests[0].body), "errors": errors[:3]}


def load_series(client, now):
    start = now - datetime.timedelta(minutes=SERIES_MINUTES)
    for first in range(0, SERIES_MINUTES, DATUMS):
        client.put_metric_data(Namespace="Bench/Stats", MetricData=[
            {"MetricName": "Latency", "Dimensions": [{"Name": "Service", "Value": "api"}],
             "Timestamp": start + datetime.timedelta(minutes=minute), "Value": float(minute % 97), "Unit": "Milliseconds"}
            for minute in range(first, min(first + DATUMS, SERIES_MINUTES))])
    return start


def statistics(args, client, capturing, now):
    started = time.perf_counter()
    start = load_series(client, now)
    load_seconds = time.perf_counter() - started
    queries = {3600: (start, now), 300: (now - datetime.timedelta(days=5), now)}
    requests, counts = {}, {}
    for period, (begin, end) in queries.items():
        params = {"Namespace": "Bench/Stats", "MetricName": "Latency",
                  "Dimensions": [{"Name": "Service", "Value": "api"}], "StartTime": begin, "EndTime": end,
                  "Period": period, "Statistics": ["Average", "Sum", "Minimum", "Maximum", "SampleCount"]}
        answer = client.get_metric_statistics(**params)["Datapoints"]
        counts[period] = {"datapoints": len(answer), "samples": sum(p["SampleCount"] for p in answer)}
        requests[period] = signed(capturing, "get_metric_statistics", **params)
    replayer, samples = Replayer(args.port, args.call_timeout), {3600: [], 300: []}
    for call in range(args.calls):
        period = 3600 if call % 2 == 0 else 300
        samples[period].append(replayer.send(requests[period]))
    return {"load_seconds": load_seconds, "counts": counts,
            "samples": {str(period): values for period, values in samples.items()}}


def main():
    args = arguments()
    client, capturing = clients(args)
    now = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0)
    # Statistics first, on the fresh server: moto scans every datapoint it holds on each query, so measuring
    # it after the ingest run would measure how much that run stored, not the 7-day query.
    result = {"name": args.name, "statistics": statistics(args, client, capturing, now)}
    result["ingest"] = ingest(args, capturing, now)
    print(f"  {args.name}: ingest {result['ingest']['datapoints_per_second']:.0f} datapoints/s "
          f"({result['ingest']['calls']} calls)", flush=True)
    with open(args.out, "w", encoding="utf-8") as file:
        json.dump(result, file)


if __name__ == "__main__":
    main()
