-- The 401 path: a token the mock does not know.
wrk.method = "DELETE"
wrk.path = "/api/latest/groups/big/users/2"
wrk.headers["Authorization"] = "Bearer not-a-known-token"
