
-- Appended to every scenario: one machine-readable line for run.sh.
function done(summary, latency, requests)
  io.write(string.format("RESULT %.1f %d %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99), summary.requests, summary.errors.status))
end
