-- POST /api/v1/prefill for the bench-only procedure 999.000004 (BENCH.4: population, insurance, land and
-- warehouse), as the one-stop shop calls it: its API key, the purpose headers, a new dossier every request.
--
-- The applicant is new on every request (every source misses the gateway's cache), or, with
-- BENCH_PREFILL_APPLICANT set (a number), that one applicant every time (the registers answer from the cache).
-- Applicant n (a per-thread counter that starts at BENCH_SEED, 45 000 000 apart between threads): personal id
-- 0011 YY NNNNNN with YY = n / 900000 mod 100 and NNNNNN = 100000 + n mod 900000 (a woman born in 19YY, a
-- valid id); the parcel is commune 00001 (a pre-2025 commune: one register call), map sheet 1YY, parcel NNNNNN,
-- so that the stub (stub/mappings/land-parcel-20ms.json) names the applicant, 001 + sheet + parcel, its holder.
local seed = tonumber(os.getenv("BENCH_SEED") or "0")
local fixed = tonumber(os.getenv("BENCH_PREFILL_APPLICANT") or "")
dofile(os.getenv("BENCH_WRK") .. "/numbered-threads.lua")

function init(args)
  counter = seed + (thread_number - 1) * 45000000
  day = os.date("!%y%m%d")
end

function request()
  counter = counter + 1
  local n = fixed or counter
  local year = string.format("%02d", math.floor(n / 900000) % 100)
  local serial = tostring(100000 + n % 900000)
  local dossier = string.format("BENCH%d.%d-%s-0001", thread_number, counter, day)
  local body = string.format(
    '{"procedureCode":"999.000004","dossierCode":"%s","applicant":{"type":"CITIZEN","id":"0011%s%s"},'
      .. '"parcel":{"communeCode":"00001","mapSheetNumber":"1%s","parcelNumber":"%s"}}',
    dossier, year, serial, year, serial)
  return wrk.format("POST", "/api/v1/prefill", {
    ["X-API-Key"] = "sandbox-one-stop-key",
    ["X-Dossier-Code"] = dossier,
    ["X-Officer-Id"] = "can-bo-bench",
    ["Content-Type"] = "application/json",
  }, body)
end

dofile(os.getenv("BENCH_WRK") .. "/report.lua")
