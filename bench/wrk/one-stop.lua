-- GET the URL as the one-stop shop calls it: its API key and a purpose (dossier, officer).
wrk.headers["X-API-Key"] = "sandbox-one-stop-key"
wrk.headers["X-Dossier-Code"] = "D-BENCH"
wrk.headers["X-Officer-Id"] = "can-bo-bench"

dofile(os.getenv("BENCH_WRK") .. "/report.lua")
