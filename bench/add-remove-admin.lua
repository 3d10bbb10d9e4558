-- An admin added to group "cycle" (addAdminToGroup) and removed again (removeAdminFromGroup), over and over.
local adding = true
local user = 2

function request()
  local r
  if adding then
    r = wrk.format("POST", "/api/latest/groups/cycle/admins",
      { ["Authorization"] = "Bearer bench-token", ["Content-Type"] = "application/json" },
      '{"user_id":' .. user .. '}')
  else
    r = wrk.format("DELETE", "/api/latest/groups/cycle/admins/" .. user,
      { ["Authorization"] = "Bearer bench-token" })
    user = user + 1
    if user > 1001 then user = 2 end
  end
  adding = not adding
  return r
end
