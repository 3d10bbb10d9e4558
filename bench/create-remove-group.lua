-- A group created (createGroup) and removed again (removeGroup) by the uid its answer gave, over and over.
-- Both answers carry the group, so a uid being removed is remembered: its second answer is the removal's.
local created = {}
local removing = {}

function request()
  local uid = table.remove(created)
  if uid then
    removing[uid] = true
    return wrk.format("DELETE", "/api/latest/company/groups/" .. uid, { ["Authorization"] = "Bearer bench-token" })
  end
  return wrk.format("POST", "/api/latest/company/groups",
    { ["Authorization"] = "Bearer bench-token", ["Content-Type"] = "application/json" },
    '{"name":"Bench group","permissions":0}')
end

function response(status, headers, body)
  local uid = body and body:match('"uid"%s*:%s*"([^"]+)"')
  if not uid then
    return
  end
  if removing[uid] then
    removing[uid] = nil
  elseif status == 200 and #created < 64 then
    table.insert(created, uid)
  end
end
