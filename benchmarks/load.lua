-- wrk script: replays the request described by the file given after "--" (see signed_request.py)
-- and prints one machine-readable RESULT line at the end.

function init(args)
  local request = dofile(args[1])
  wrk.method = request.method
  wrk.body = request.body
  for name, value in pairs(request.headers) do
    wrk.headers[name] = value
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format("RESULT rps=%.1f p50_ms=%.3f p99_ms=%.3f requests=%d socket_errors=%d non2xx=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status))
end
