package io.kaitenkit.mock.internal.state;

/** A Kaiten company (tenant) and the one tariff feature the group endpoints depend on. */
public record CompanyRecord(String domain, boolean groupsInTariff) {
  public CompanyRecord withGroupsInTariff(boolean included) {
    return new CompanyRecord(domain, included);
  }
}
