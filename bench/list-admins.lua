-- GET of a group's ten admins (listGroupAdmins).
wrk.method = "GET"
wrk.path = "/api/latest/groups/hundred/admins"
wrk.headers["Authorization"] = "Bearer bench-token"
