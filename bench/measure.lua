-- One request repeated by every connection: method, Authorization and body come from the environment.
-- At the end it prints one line the script reads: requests/s, p50 and p99 in ms, requests, failed requests.

local function given(name)
   local value = os.getenv(name)
   return value ~= "" and value or nil
end

wrk.method = given("BENCH_METHOD") or "GET"
wrk.headers["Authorization"] = given("BENCH_AUTHORIZATION")
wrk.body = given("BENCH_BODY")
if wrk.body then
   wrk.headers["Content-Type"] = "application/json"
end

function done(summary, latency, requests)
   local errors = summary.errors
   local failed = errors.status + errors.connect + errors.read + errors.write + errors.timeout
   io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, failed))
end
