-- GET of a page of 100 users of the company (listUsers).
wrk.method = "GET"
wrk.path = "/api/latest/users?limit=100"
wrk.headers["Authorization"] = "Bearer bench-token"
