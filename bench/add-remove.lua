-- An add followed by a remove of the same user in group "cycle", over and over: as a member, or as an
-- admin when a script sets `collection = "admins"` before it runs this one.
local list = collection or "users"
local adding = true
local user = 2

function request()
  local r
  if adding then
    r = wrk.format("POST", "/api/latest/groups/cycle/" .. list,
      { ["Authorization"] = "Bearer bench-token", ["Content-Type"] = "application/json" },
      '{"user_id":' .. user .. '}')
  else
    r = wrk.format("DELETE", "/api/latest/groups/cycle/" .. list .. "/" .. user,
      { ["Authorization"] = "Bearer bench-token" })
    user = user + 1
    if user > 1001 then user = 2 end
  end
  adding = not adding
  return r
end
