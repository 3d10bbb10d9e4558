package io.kaitenkit.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;

/**
 * A Kaiten user as the member and admin lists answer it: the contract's {@code UserExtended}, the 19
 * attributes of {@link User} and three more. The three are read when present and null when an answer lacks
 * them, so that a list of basic users (as older mocks and proxies send) still reads.
 *
 * <p>Attributes the contract marks nullable are null when Kaiten sends null; every other one is never
 * null. Enumerated values ({@code avatarType}, {@code theme}, {@code uiVersion}) are kept as sent, so a
 * value Kaiten adds later does not make a whole answer unreadable. Attributes not listed here are ignored.
 *
 * @param id the user's id
 * @param fullName first and last name
 * @param email the address the user signs in with
 * @param username the handle used in mentions and at sign-in
 * @param avatarInitialsUrl the generated avatar made of the user's initials
 * @param avatarUploadedUrl the avatar the user uploaded, or null
 * @param initials the user's initials
 * @param avatarType which avatar is shown: 1 Gravatar, 2 initials, 3 uploaded
 * @param lng interface language
 * @param timezone the user's time zone
 * @param theme colour theme: {@code light}, {@code dark} or {@code auto}
 * @param updated when the user was last changed
 * @param created when the user was created
 * @param activated whether the user has activated the account
 * @param uiVersion interface generation: 1 the old one, 2 the new one
 * @param virtual whether the user is a virtual user
 * @param emailBlocked when mail to the user started bouncing, or null
 * @param emailBlockedReason why mail to the user is blocked, or null
 * @param deleteRequestedAt when deletion of the user was requested, or null
 * @param deleteConfirmationSentAt when the confirmation of the deletion was sent, or null (also when not sent)
 * @param sdTelegramId the user's Telegram id for Service Desk, or null when not sent
 * @param newsSubscription whether the user receives Kaiten's news, or null when not sent
 */
public record UserExtended(
    @JsonProperty(value = "id", required = true) long id,
    @JsonProperty(value = "full_name", required = true) String fullName,
    @JsonProperty(value = "email", required = true) String email,
    @JsonProperty(value = "username", required = true) String username,
    @JsonProperty(value = "avatar_initials_url", required = true) String avatarInitialsUrl,
    @JsonProperty(value = "avatar_uploaded_url", required = true) @JsonSetter(nulls = Nulls.SET) String avatarUploadedUrl,
    @JsonProperty(value = "initials", required = true) String initials,
    @JsonProperty(value = "avatar_type", required = true) int avatarType,
    @JsonProperty(value = "lng", required = true) String lng,
    @JsonProperty(value = "timezone", required = true) String timezone,
    @JsonProperty(value = "theme", required = true) String theme,
    @JsonProperty(value = "updated", required = true) Instant updated,
    @JsonProperty(value = "created", required = true) Instant created,
    @JsonProperty(value = "activated", required = true) boolean activated,
    @JsonProperty(value = "ui_version", required = true) int uiVersion,
    @JsonProperty(value = "virtual", required = true) boolean virtual,
    @JsonProperty(value = "email_blocked", required = true) @JsonSetter(nulls = Nulls.SET) String emailBlocked,
    @JsonProperty(value = "email_blocked_reason", required = true) @JsonSetter(nulls = Nulls.SET) String emailBlockedReason,
    @JsonProperty(value = "delete_requested_at", required = true) @JsonSetter(nulls = Nulls.SET) String deleteRequestedAt,
    @JsonProperty("delete_confirmation_sent_at") @JsonSetter(nulls = Nulls.SET) String deleteConfirmationSentAt,
    @JsonProperty("sd_telegram_id") @JsonSetter(nulls = Nulls.SET) Long sdTelegramId,
    @JsonProperty("news_subscription") @JsonSetter(nulls = Nulls.SET) Boolean newsSubscription) {

  public UserExtended {
    requireNonNull(fullName, "fullName == null");
    requireNonNull(email, "email == null");
    requireNonNull(username, "username == null");
    requireNonNull(avatarInitialsUrl, "avatarInitialsUrl == null");
    requireNonNull(initials, "initials == null");
    requireNonNull(lng, "lng == null");
    requireNonNull(timezone, "timezone == null");
    requireNonNull(theme, "theme == null");
    requireNonNull(updated, "updated == null");
    requireNonNull(created, "created == null");
  }

  /** The 19 attributes that single-user answers carry. */
  public User user() {
    return new User(id, fullName, email, username, avatarInitialsUrl, avatarUploadedUrl, initials, avatarType, lng,
        timezone, theme, updated, created, activated, uiVersion, virtual, emailBlocked, emailBlockedReason,
        deleteRequestedAt);
  }
}
