package io.kaitenkit.mock.internal.state;

/**
 * A Kaiten company (tenant): its domain, its numeric id (the {@code company_id} of its users) and the
 * one tariff feature the groups area depends on.
 */
public record CompanyRecord(String domain, long id, boolean groupsInTariff) {
  public CompanyRecord withGroupsInTariff(boolean included) {
    return new CompanyRecord(domain, id, included);
  }
}
