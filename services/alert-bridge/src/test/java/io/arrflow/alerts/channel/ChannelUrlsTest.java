package io.arrflow.alerts.channel;

import static io.arrflow.alerts.incident.Fixtures.notificationOf;
import static io.arrflow.alerts.incident.Fixtures.serviceDown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelUrlsTest {

    private final ApiBases bases = ApiBases.defaults();

    @Test
    void a_discord_url_calls_the_webhook_with_five_per_two_seconds() {
        DiscordChannel discord = (DiscordChannel) only("discord://1234/tok_en-1");

        assertThat(discord.call(notificationOf(serviceDown("sonarr")), bases).uri())
                .hasToString("https://discord.com/api/webhooks/1234/tok_en-1?wait=true");
        assertThat(discord.rateLimit()).isEqualTo(new RateLimit.Window(5, Duration.ofSeconds(2)));
        assertThat(discord.rateKey()).isEqualTo("discord:1234");
    }

    @Test
    void a_slack_url_is_the_three_parts_of_the_webhook() {
        HttpChannel slack = (HttpChannel) only("slack://T01/B02/abcdef");

        assertThat(slack.call(notificationOf(serviceDown("sonarr")), bases).uri())
                .hasToString("https://hooks.slack.com/services/T01/B02/abcdef");
        assertThat(slack.rateLimit()).isEqualTo(new RateLimit.Window(1, Duration.ofSeconds(1)));
    }

    @Test
    void a_telegram_url_with_two_chats_is_two_channels() {
        List<Channel> chats = ChannelUrls.parse("tg", "tgram://123456:ABC-def/-100200/300");

        assertThat(chats).extracting(Channel::name).containsExactly("tg#-100200", "tg#300");
        HttpCall call = ((HttpChannel) chats.getFirst()).call(notificationOf(serviceDown("sonarr")), bases);
        assertThat(call.uri()).hasToString("https://api.telegram.org/bot123456:ABC-def/sendMessage");
        assertThat(call.body()).contains("\"chat_id\":\"-100200\"");
    }

    @Test
    void ntfy_without_a_host_uses_the_public_server() {
        HttpChannel ntfy = (HttpChannel) only("ntfy://my-alerts");

        HttpCall call = ntfy.call(notificationOf(serviceDown("sonarr")), bases);
        assertThat(call.uri()).hasToString("https://ntfy.sh/");
        assertThat(call.body()).contains("\"topic\":\"my-alerts\"");
        assertThat(call.headers()).doesNotContainKey("Authorization");
        assertThat(ntfy.rateLimit()).isEqualTo(new RateLimit.Bucket(60, Duration.ofSeconds(5)));
    }

    @Test
    void ntfy_on_a_secure_self_hosted_server_with_basic_auth() {
        HttpChannel ntfy = (HttpChannel) only("ntfys://phil:p%40ss@ntfy.home.lan/sub/alerts");

        HttpCall call = ntfy.call(notificationOf(serviceDown("sonarr")), bases);
        assertThat(call.uri()).hasToString("https://ntfy.home.lan/sub/");
        assertThat(call.headers().get("Authorization")).isEqualTo("Basic cGhpbDpwQHNz");
        assertThat(ntfy.masked()).isEqualTo("ntfys://****@ntfy.home.lan/sub/alerts");
    }

    @Test
    void ntfy_takes_a_token_as_query_parameter() {
        HttpCall call = ((HttpChannel) only("ntfy://ntfy.lan:8080/alerts?token=tk_abc"))
                .call(notificationOf(serviceDown("sonarr")), bases);

        assertThat(call.uri()).hasToString("http://ntfy.lan:8080/");
        assertThat(call.headers().get("Authorization")).isEqualTo("Bearer tk_abc");
    }

    @Test
    void gotify_over_https_behind_a_path() {
        HttpCall call = ((HttpChannel) only("gotifys://gotify.lan/push/AbCdEf"))
                .call(notificationOf(serviceDown("sonarr")), bases);

        assertThat(call.uri()).hasToString("https://gotify.lan/push/message");
        assertThat(call.headers().get("X-Gotify-Key")).isEqualTo("AbCdEf");
    }

    @Test
    void email_defaults_to_starttls_on_587_and_implicit_tls_on_465() {
        EmailChannel plain = (EmailChannel) only("mailto://me%40x.org:pw@smtp.x.org");
        EmailChannel tls = (EmailChannel) only("mailtos://me:pw@smtp.x.org?to=a@x.org;b@x.org&from=bot@x.org");

        assertThat(plain.port()).isEqualTo(587);
        assertThat(plain.startTls()).isEqualTo(EmailChannel.StartTls.OPTIONAL);
        assertThat(plain.to()).containsExactly("me@x.org");
        assertThat(tls.port()).isEqualTo(465);
        assertThat(tls.implicitTls()).isTrue();
        assertThat(tls.to()).containsExactly("a@x.org", "b@x.org");
        assertThat(tls.from()).isEqualTo("bot@x.org");
    }

    @Test
    void email_without_a_recipient_is_refused() {
        assertThatThrownBy(() -> ChannelUrls.parse("mail", "mailto://smtp.x.org"))
                .hasMessageContaining("?to=");
    }

    @Test
    void a_rate_can_be_set_per_url() {
        assertThat(only("json://hooks.lan/x?rate=10/1m").rateLimit())
                .isEqualTo(new RateLimit.Window(10, Duration.ofMinutes(1)));
        assertThat(RateLimit.parse("500/250ms")).isEqualTo(new RateLimit.Window(500, Duration.ofMillis(250)));
        assertThat(RateLimit.parse("1/1h")).isEqualTo(new RateLimit.Window(1, Duration.ofHours(1)));
        assertThatThrownBy(() -> RateLimit.parse("fast")).hasMessageContaining("5/2s");
    }

    @Test
    void no_secret_shows_in_a_channel_as_text() {
        List<String> urls = List.of(
                "discord://1/SECRET",
                "slack://T/B/SECRET",
                "tgram://12:SECRET/99",
                "ntfys://SECRET@host/topic",
                "ntfy://u:SECRET@host/topic",
                "gotify://host/SECRET",
                "json://u:SECRET@host/p?+X-Token=SECRET",
                "mailtos://u:SECRET@host?to=a@b.c");
        for (String url : urls) {
            for (Channel channel : ChannelUrls.parse("c", url)) {
                assertThat(channel.toString()).doesNotContain("SECRET").contains("****");
            }
        }
    }

    @Test
    void an_unknown_scheme_is_refused_without_echoing_the_url() {
        assertThatThrownBy(() -> Channels.of(Map.of("x", "pushover://user@SECRET"), List.of()))
                .hasMessage("channel x: unsupported scheme pushover:// (use discord, slack, ntfy(s), gotify(s), tgram,"
                        + " mailto(s), json(s))");
        assertThatThrownBy(() -> Channels.of(Map.of(), List.of("discord://only-an-id")))
                .hasMessageStartingWith("channel notify-1: discord:// needs");
    }

    @Test
    void notify_urls_are_split_at_each_scheme_and_keep_commas_inside_a_url() {
        assertThat(Channels.split("discord://1/a, mailto://smtp.x?to=a@x,b@x  json://h/p,"))
                .containsExactly("discord://1/a", "mailto://smtp.x?to=a@x,b@x", "json://h/p");
        assertThat(Channels.split(null)).isEmpty();
    }

    @Test
    void channels_are_found_by_their_configured_name() {
        Channels channels = Channels.of(Map.of("phone", "ntfy://alerts"), List.of("gotify://h/t", "tgram://1:a/2/3"));

        assertThat(channels.named("phone")).hasSize(1);
        assertThat(channels.notifyNames()).containsExactly("notify-1", "notify-2");
        assertThat(channels.channel("notify-2#3")).isPresent();
        assertThat(channels.knows("tablet")).isFalse();
        assertThat(channels.all()).hasSize(4);
    }

    @Test
    void the_path_of_a_secret_file_is_not_taken_for_a_channel() {
        Channels channels =
                Channels.of(Map.of("phone", "ntfy://alerts", "phone.file", "/run/secrets/phone"), List.of());

        assertThat(channels.all()).extracting(Channel::name).containsExactly("phone");
    }

    private static Channel only(String url) {
        List<Channel> channels = ChannelUrls.parse("c", url);
        assertThat(channels).hasSize(1);
        return channels.getFirst();
    }
}
