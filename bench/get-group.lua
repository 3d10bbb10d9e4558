-- GET of one group (getGroup).
wrk.method = "GET"
wrk.path = "/api/latest/company/groups/hundred"
wrk.headers["Authorization"] = "Bearer bench-token"
