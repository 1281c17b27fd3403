-- Shared by every script: one machine-readable line at the end of a run, read by run.sh.
-- RESULT requests=… seconds=… rps=… min_ms=… p50_ms=… p79_ms=… p90_ms=… p99_ms=… max_ms=… non2xx=… errors=…
-- p79 is the median of the slowest of three independent requests (0.5^(1/3) ≈ 0.794): what a fan-out to three
-- such requests at once takes at the median (the prefill scenario's reference).
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f min_ms=%.3f p50_ms=%.3f p79_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f"
      .. " non2xx=%d errors=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency.min / 1000,
    latency:percentile(50) / 1000, latency:percentile(79.4) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
