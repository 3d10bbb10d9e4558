-- GET of the company's groups (listGroups).
wrk.method = "GET"
wrk.path = "/api/latest/company/groups"
wrk.headers["Authorization"] = "Bearer bench-token"
