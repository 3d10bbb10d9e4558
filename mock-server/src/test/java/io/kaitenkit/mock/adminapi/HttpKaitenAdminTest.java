package io.kaitenkit.mock.adminapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.MockOptions;
import io.kaitenkit.mock.admin.Fault;
import io.kaitenkit.mock.admin.KaitenAdmin;
import io.kaitenkit.mock.admin.KaitenAdminException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link KaitenAdmin} over HTTP, as a test in another process drives the mock. */
class HttpKaitenAdminTest extends KaitenAdminContract {
  @Override
  KaitenAdmin admin(KaitenMockServer mock) {
    return KaitenAdmin.connect(URI.create(mock.baseUrl()));
  }

  @Test
  void aRefusalCarriesTheStatusAndTheMocksMessage() {
    KaitenAdmin admin = admin(mock);

    assertThatThrownBy(() -> admin.addFault(Fault.on("noSuchOperation").status(500)))
        .isInstanceOfSatisfying(KaitenAdminException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.serverMessage()).startsWith("unknown \"operationId\" 'noSuchOperation'");
          assertThat(e.getMessage()).startsWith("POST /faults answered 400: ");
        });
    assertThatThrownBy(() -> admin.setUpProviderState("", Map.of()))
        .isInstanceOfSatisfying(KaitenAdminException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  @Test
  void theAdminUrlItselfIsAcceptedAsBase() {
    KaitenAdmin admin = KaitenAdmin.connect(URI.create(mock.adminUrl() + "/"));

    admin.rateLimit(3);

    assertThat(mock.rateLimit()).isEqualTo(3);
  }

  @Test
  void aMockWithAnAdminTokenNeedsIt() {
    try (KaitenMockServer guarded = KaitenMockServer.start(MockOptions.builder().adminToken("s3cret-admin").build())) {
      URI base = URI.create(guarded.adminUrl());

      assertThatThrownBy(() -> KaitenAdmin.connect(base).faults())
          .isInstanceOfSatisfying(KaitenAdminException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.serverMessage()).contains("needs the admin token");
          });
      assertThatThrownBy(() -> KaitenAdmin.connect(base, "wrong").rateLimit(4))
          .isInstanceOfSatisfying(KaitenAdminException.class, e -> assertThat(e.status()).isEqualTo(401));
      assertThat(guarded.rateLimit()).isZero();

      KaitenAdmin admin = KaitenAdmin.connect(base, "s3cret-admin");
      admin.rateLimit(4);

      assertThat(guarded.rateLimit()).isEqualTo(4);
      assertThat(admin.rateLimit()).isEqualTo(4);
    }
  }

  @Test
  void anUnreachableMockIsAnExceptionWithoutStatus() {
    KaitenAdmin admin = KaitenAdmin.connect(URI.create("http://127.0.0.1:1"));

    assertThatThrownBy(admin::faults)
        .isInstanceOfSatisfying(KaitenAdminException.class, e -> assertThat(e.status()).isZero());
  }
}
