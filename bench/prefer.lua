-- Prism's override: the documented 200 example, state untouched.
wrk.method = "DELETE"
wrk.path = "/api/latest/groups/big/users/2"
wrk.headers["Authorization"] = "Bearer bench-token"
wrk.headers["Prefer"] = "code=200"
