-- PATCH of a group's name (updateGroup), a different name each time so that every request changes the state.
local counter = 0

function request()
  counter = counter + 1
  return wrk.format("PATCH", "/api/latest/company/groups/cycle",
    { ["Authorization"] = "Bearer bench-token", ["Content-Type"] = "application/json" },
    '{"name":"Cycle ' .. counter .. '"}')
end
