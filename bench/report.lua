
-- Appended to every scenario: one machine-readable line for run.sh. A scenario that ends before wrk's
-- duration (it ran out of work) defines active_seconds() to say how long it really ran.
function done(summary, latency, requests)
  local seconds = active_seconds and active_seconds() or summary.duration / 1e6
  io.write(string.format("RESULT %.1f %d %d %d %d\n",
    summary.requests / seconds,
    latency:percentile(50), latency:percentile(99), summary.requests, summary.errors.status))
end
