package io.kaitenkit.mock.internal.emulator;

import io.kaitenkit.mock.internal.state.GroupRecord;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.UserRecord;

/** The checks operation handlers share, so that each handler states its decision order in a few lines. */
public final class OperationChecks {
  private OperationChecks() {}

  /** Whether the actor's company tariff includes user groups; where Kaiten documents 402, it answers it. */
  public static boolean groupsInTariff(KaitenModel state, UserRecord actor) {
    return state.companies().get(actor.company()).groupsInTariff();
  }

  /** The group with this uid in the actor's company, or null: tenants never see each other's groups. */
  public static GroupRecord groupOf(KaitenModel state, UserRecord actor, String uid) {
    GroupRecord group = uid == null ? null : state.groups().get(uid);
    return group != null && group.company().equals(actor.company()) ? group : null;
  }

  /** Company admin or Kaiten's permission bit 1 ("Administrative section Members"), own or through a group. */
  public static boolean mayManageGroups(KaitenModel state, UserRecord actor) {
    return actor.companyAdmin() || (state.effectivePermissions(actor) & UserRecord.MEMBERS_ADMIN) != 0;
  }

  /** What {@link #mayManageGroups} allows, or being an admin of this group (null: no group to admin). */
  public static boolean mayManage(KaitenModel state, UserRecord actor, GroupRecord group) {
    return mayManageGroups(state, actor) || (group != null && group.admins().contains(actor.id()));
  }
}
