package io.kaitenkit.mock.junit5;

import io.kaitenkit.mock.DemoFixture;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class, its subclasses and its {@code @Nested} classes against one Kaiten mock, reset before
 * each test; test methods and constructors may take a {@link KaitenMockInfo} or a
 * {@link io.kaitenkit.mock.admin.KaitenAdmin} parameter.
 *
 * <pre>{@code
 * @KaitenMockTest
 * class MembershipTest {
 *   @Test
 *   void removesAda(KaitenMockInfo kaiten) { ... kaiten.baseUrl() ... }
 * }
 * }</pre>
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(KaitenMockExtension.class)
public @interface KaitenMockTest {
  /** A bundled fixture's name or a fixture file's path. */
  String fixture() default DemoFixture.NAME;

  /** Check every response against the contract, and fail the test when one departs from it. */
  boolean strict() default true;

  /** Requests a second per token; 0 for no limit. */
  int rateLimit() default 0;

  /** Return to the fixture, empty the journal and drop faults before each test. */
  boolean resetOnEachTest() default true;
}
