-- GET of the token's own user (getCurrentUser).
wrk.method = "GET"
wrk.path = "/api/latest/users/current"
wrk.headers["Authorization"] = "Bearer bench-token"
