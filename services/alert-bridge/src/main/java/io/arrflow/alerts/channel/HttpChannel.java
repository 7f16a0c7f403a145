package io.arrflow.alerts.channel;

import io.arrflow.alerts.alert.Notification;

/** A channel reached by one HTTP request per message. */
public sealed interface HttpChannel extends Channel
        permits DiscordChannel, SlackChannel, NtfyChannel, GotifyChannel, TelegramChannel, JsonChannel {

    HttpCall call(Notification notification, ApiBases bases);
}
