-- The baseline's route: DELETE of a member (the raw server answers the same body every time).
wrk.method = "DELETE"
wrk.path = "/api/latest/groups/big/users/2"
wrk.headers["Authorization"] = "Bearer bench-token"
