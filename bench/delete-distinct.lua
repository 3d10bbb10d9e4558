-- DELETE of distinct members of group "big": every request removes a member nobody removed before.
-- Each wrk thread takes its own slice of the ids so that no two requests name the same member, and
-- stops once it has sent them all: every answer measured is a removal, none a 404 for a removed member.
-- wrk's own duration is then the run's limit, not its length: report.lua divides by active_seconds().
local counter = 0
local first, last
local thread_count = 0
local threads = {}
local sent = 0

function setup(thread)
  thread:set("slice", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

local function now_micros()
  local clock = io.popen("date +%s%6N")
  local micros = tonumber(clock:read("*l"))
  clock:close()
  return micros
end

function init(args)
  local members = tonumber(os.getenv("BENCH_MEMBERS") or "100000")
  local thread_total = tonumber(os.getenv("BENCH_THREADS") or "1")
  local size = math.floor(members / thread_total)
  first = 2 + slice * size
  last = first + size - 1
  counter = first
end

function request()
  if sent == 0 then started = now_micros() end
  local id = counter
  counter = counter + 1
  sent = sent + 1
  if sent == last - first + 1 then
    finished = now_micros()
    wrk.thread:stop()
  end
  if counter > last then counter = first end
  return wrk.format("DELETE", "/api/latest/groups/big/users/" .. id,
    { ["Authorization"] = "Bearer bench-token" })
end

-- From the first request sent to the last, when every thread sent its whole slice; nil otherwise.
function active_seconds()
  local from, to
  for _, thread in ipairs(threads) do
    local started, finished = thread:get("started"), thread:get("finished")
    if not started or not finished then return nil end
    from = math.min(from or started, started)
    to = math.max(to or finished, finished)
  end
  return (to - from) / 1e6
end
