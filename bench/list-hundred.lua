-- GET of a group with 100 members.
wrk.method = "GET"
wrk.path = "/api/latest/groups/hundred/users"
wrk.headers["Authorization"] = "Bearer bench-token"
