-- GET a different, well-formed personal id on every request, so that every lookup misses the cache.
-- Ids: province (one per wrk thread) + century digit 0 + two-digit year + six digits from a per-thread
-- counter that starts at a random offset (BENCH_SEED), so runs do not repeat each other's ids.
local seed = tonumber(os.getenv("BENCH_SEED") or "0")
dofile(os.getenv("BENCH_WRK") .. "/numbered-threads.lua")

function init(args)
  counter = seed
  headers = {
    ["X-API-Key"] = "sandbox-one-stop-key",
    ["X-Dossier-Code"] = "D-BENCH",
    ["X-Officer-Id"] = "can-bo-bench",
  }
end

function request()
  counter = counter + 1
  local id = string.format("%03d0%02d%06d", thread_number, math.floor(counter / 1000000) % 100, counter % 1000000)
  return wrk.format("GET", "/api/v1/citizens/" .. id, headers)
end

dofile(os.getenv("BENCH_WRK") .. "/report.lua")
