-- An admin added to group "cycle" (addAdminToGroup) and removed again (removeAdminFromGroup), over and over.
collection = "admins"
dofile("bench/add-remove.lua")
