/**
 * A small typed client of Kaiten's groups area: {@link io.kaitenkit.client.KaitenClient}.
 *
 * <p>Every call answers a {@link io.kaitenkit.client.KaitenResult}: the server saying no is a value, and an
 * {@link java.io.IOException} means only that talking to the server failed.
 *
 * <p>Why one shared {@link io.kaitenkit.client.KaitenResult.Ok Ok&lt;T&gt;} with failure sets rather than
 * one sealed result per operation ({@code Listed}, {@code Added}, {@code Removed}, ...): a Java record cannot
 * be a {@code KaitenResult<User>} and a {@code KaitenResult<Group>} at once, so thirteen per-operation
 * hierarchies would need their own copies of every failure record, about a hundred types that say the same
 * thing. Kaiten's thirteen operations document only four different sets of failure statuses; four sealed
 * subtypes ({@code Plain}, {@code WithBadRequest}, {@code WithTariff}, {@code Search}) share nine records
 * between them and still let the compiler say which outcomes an operation can have: the type of
 * {@code listGroupUsers} has no {@code TariffLimited}, the type of {@code listUsers} no {@code NotFound}, and
 * no remove call can answer an "added". What the success means is the method's name, as in Retrofit's
 * {@code Response<T>}.
 */
package io.kaitenkit.client;
