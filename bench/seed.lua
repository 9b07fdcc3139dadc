-- Fills the event store through the API, as fast as the service takes it. Each incident goes through its
-- life: reported by a teacher, then acknowledged, given a note and closed by the computing lead, one step
-- after the other (the view's version says which step comes next). Every 2xx answer is one stored event.

local reporter = os.getenv("BENCH_REPORTER")
local handler = os.getenv("BENCH_HANDLER")
local report = os.getenv("BENCH_BODY")
local next_steps = {}

local function post(path, authorization, body)
   local headers = { ["Authorization"] = authorization }
   if body then
      headers["Content-Type"] = "application/json"
   end
   return wrk.format("POST", path, headers, body)
end

local steps = {
   [0] = function(id) return post("/api/incidents/" .. id .. "/acknowledgement", handler) end,
   [1] = function(id) return post("/api/incidents/" .. id .. "/notes", handler,
      '{"text":"Talked to the class about kind replies online."}') end,
   [2] = function(id) return post("/api/incidents/" .. id .. "/closure", handler,
      '{"outcome":"RESOLVED","rationale":"Comment removed and the class spoken to."}') end,
}

function request()
   return table.remove(next_steps, 1) or post("/api/incidents", reporter, report)
end

function response(status, headers, body)
   if status < 300 then
      local id = body:match('^{"id":"([%w%-]+)"')
      local step = steps[tonumber(body:match('"version":(%d+)'))]
      if id and step then
         table.insert(next_steps, step(id))
      end
   end
end

function done(summary, latency, requests)
   io.write(string.format("SEEDED %d\n", summary.requests - summary.errors.status))
end
