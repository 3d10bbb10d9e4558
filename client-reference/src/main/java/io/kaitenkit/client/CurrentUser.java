package io.kaitenkit.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The user a token belongs to, as {@code GET /users/current} answers it: the contract's {@code CurrentUser}.
 *
 * <p>Attributes documented as nullable are null when Kaiten sends null; every other one is never null.
 * Settings objects are kept as JSON maps. Attributes not listed here are ignored.
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
 * @param activated whether the user is active in the company
 * @param uiVersion interface generation: 1 the old one, 2 the new one
 * @param companyId the company's id
 * @param telegramId the user's Telegram id
 * @param telegramSettings the Telegram notification settings
 * @param userId the user's id in the company
 * @param defaultSpaceId the space opened by default, or null
 * @param permissions the user's company permissions (bit mask)
 * @param role 1 owner, 2 user, 3 deactivated
 * @param emailFrequency mail notifications: 1 never, 2 instantly
 * @param emailSettings the mail notification settings
 * @param slackId the user's Slack id, or null
 * @param slackSettings the Slack notification settings, or null
 * @param notificationSettings the notification settings, or null
 * @param notificationEnabledChannels the channels notifications go to
 * @param slackPrivateChannelId the user's private Slack channel, or null
 * @param telegramSdBotEnabled whether the Service Desk Telegram bot is on
 * @param inviteLastSentAt when the last invitation was sent
 * @param appsPermissions access to Kaiten's apps, from 0 (none) to 6 (guest access to Kaiten, access to service desk)
 * @param external whether the user is external to the company
 * @param lastRequestDate when the user last sent a request, or null
 * @param lastRequestMethod the method of that request, or null (also when not sent)
 * @param hasPassword whether the user has set a password, or null when not sent
 */
public record CurrentUser(
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
    @JsonProperty(value = "company_id", required = true) long companyId,
    @JsonProperty(value = "telegram_id", required = true) long telegramId,
    @JsonProperty(value = "telegram_settings", required = true) Map<String, Object> telegramSettings,
    @JsonProperty(value = "user_id", required = true) long userId,
    @JsonProperty(value = "default_space_id", required = true) @JsonSetter(nulls = Nulls.SET) Long defaultSpaceId,
    @JsonProperty(value = "permissions", required = true) long permissions,
    @JsonProperty(value = "role", required = true) int role,
    @JsonProperty(value = "email_frequency", required = true) int emailFrequency,
    @JsonProperty(value = "email_settings", required = true) Map<String, Object> emailSettings,
    @JsonProperty(value = "slack_id", required = true) @JsonSetter(nulls = Nulls.SET) Long slackId,
    @JsonProperty(value = "slack_settings", required = true) @JsonSetter(nulls = Nulls.SET) Map<String, Object> slackSettings,
    @JsonProperty(value = "notification_settings", required = true) @JsonSetter(nulls = Nulls.SET) Map<String, Object> notificationSettings,
    @JsonProperty(value = "notification_enabled_channels", required = true) List<Object> notificationEnabledChannels,
    @JsonProperty(value = "slack_private_channel_id", required = true) @JsonSetter(nulls = Nulls.SET) Long slackPrivateChannelId,
    @JsonProperty(value = "telegram_sd_bot_enabled", required = true) boolean telegramSdBotEnabled,
    @JsonProperty(value = "invite_last_sent_at", required = true) String inviteLastSentAt,
    @JsonProperty(value = "apps_permissions", required = true) String appsPermissions,
    @JsonProperty(value = "external", required = true) boolean external,
    @JsonProperty(value = "last_request_date", required = true) @JsonSetter(nulls = Nulls.SET) String lastRequestDate,
    @JsonProperty("last_request_method") @JsonSetter(nulls = Nulls.SET) String lastRequestMethod,
    @JsonProperty("has_password") @JsonSetter(nulls = Nulls.SET) Boolean hasPassword) {

  public CurrentUser {
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
    telegramSettings = Values.map(telegramSettings, "telegramSettings");
    emailSettings = Values.map(emailSettings, "emailSettings");
    notificationEnabledChannels = Values.list(notificationEnabledChannels, "notificationEnabledChannels");
    requireNonNull(inviteLastSentAt, "inviteLastSentAt == null");
    requireNonNull(appsPermissions, "appsPermissions == null");
  }
}
