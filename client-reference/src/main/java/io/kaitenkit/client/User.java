package io.kaitenkit.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;

/**
 * A Kaiten user as the single-user answers give it (add or remove a member or an admin): the 19 attributes of
 * the contract's {@code User}. The member and admin lists answer {@link UserExtended}.
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
 */
public record User(
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
    @JsonProperty(value = "delete_requested_at", required = true) @JsonSetter(nulls = Nulls.SET) String deleteRequestedAt) {

  public User {
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
}
