package io.kaitenkit.mock;

/** Requests of the three group-users operations against one mock; the group uid goes into the URL as given. */
final class GroupUsersApi {
  private final KaitenMockServer kaiten;

  GroupUsersApi(KaitenMockServer kaiten) {
    this.kaiten = kaiten;
  }

  /** {@code GET /groups/{uid}/users}. */
  TestHttp list(String groupUid) {
    return TestHttp.request("GET", kaiten.url("/groups/" + groupUid + "/users"));
  }

  /** {@code POST /groups/{uid}/users} with {@code {"user_id": id}}. */
  TestHttp add(String groupUid, long userId) {
    return addWithoutBody(groupUid).json("{\"user_id\":" + userId + "}");
  }

  /** {@code POST /groups/{uid}/users} without a body; give one with {@code json(…)} or {@code body(…)}. */
  TestHttp addWithoutBody(String groupUid) {
    return TestHttp.request("POST", kaiten.url("/groups/" + groupUid + "/users"));
  }

  /** {@code DELETE /groups/{uid}/users/{userId}}; the id goes into the URL as given, valid or not. */
  TestHttp remove(String groupUid, Object userId) {
    return TestHttp.request("DELETE", kaiten.url("/groups/" + groupUid + "/users/" + userId));
  }
}
