package io.kaitenkit.mock;

/** The three operations of the contract, for tests that hold for each of them. */
enum Operation {
  LIST("listGroupUsers") {
    @Override
    TestHttp request(GroupUsersApi api, String groupUid, long userId) {
      return api.list(groupUid);
    }
  },
  ADD("addUserToGroup") {
    @Override
    TestHttp request(GroupUsersApi api, String groupUid, long userId) {
      return api.add(groupUid, userId);
    }
  },
  REMOVE("removeUserFromGroup") {
    @Override
    TestHttp request(GroupUsersApi api, String groupUid, long userId) {
      return api.remove(groupUid, userId);
    }
  };

  final String id;

  Operation(String id) {
    this.id = id;
  }

  /** A well-formed request of this operation about the user in the group (listing ignores the user). */
  abstract TestHttp request(GroupUsersApi api, String groupUid, long userId);

  /**
   * A well-formed request about the group developers that would change it if carried out: adds Bob
   * (not a member), removes Ada (a member); a list changes nothing but is answered from it.
   */
  TestHttp onDevelopers(GroupUsersApi api) {
    return request(api, Demo.DEVELOPERS, this == ADD ? Demo.BOB : Demo.ADA);
  }
}
