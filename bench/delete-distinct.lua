-- DELETE of distinct members of group "big": every request removes a member nobody removed before.
-- Each wrk thread takes its own slice of the ids so that no two requests name the same member.
local counter = 0
local first, last
local thread_count = 0

function setup(thread)
  thread:set("slice", thread_count)
  thread_count = thread_count + 1
end

function init(args)
  local members = tonumber(os.getenv("BENCH_MEMBERS") or "100000")
  local threads = tonumber(os.getenv("BENCH_THREADS") or "1")
  local size = math.floor(members / threads)
  first = 2 + slice * size
  last = first + size - 1
  counter = first
end

function request()
  local id = counter
  counter = counter + 1
  if counter > last then counter = first end
  return wrk.format("DELETE", "/api/latest/groups/big/users/" .. id,
    { ["Authorization"] = "Bearer bench-token" })
end
