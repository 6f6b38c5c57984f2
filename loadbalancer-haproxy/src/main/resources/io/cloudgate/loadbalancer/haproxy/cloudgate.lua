-- Sums, per frontend, the microseconds from the request (txn.cg_t0, set by the frontend) to the member's response
-- headers: HAProxy's own timers are averages in milliseconds, and CloudWatch needs totals.
local totals = {}

core.register_action("cg_latency", { "http-res" }, function(txn)
  local started = txn:get_var("txn.cg_t0")
  if started == nil then
    return
  end
  local now = core.now()
  local frontend = txn.f:fe_name()
  totals[frontend] = (totals[frontend] or 0) + math.max(0, now.sec * 1000000 + now.usec - started)
end)

core.register_cli({ "cloudgate", "latency" }, "per-frontend sum of member response times in microseconds",
  function(applet)
    for frontend, total in pairs(totals) do
      applet:send(frontend .. " " .. string.format("%d", total) .. "\n")
    end
  end)
