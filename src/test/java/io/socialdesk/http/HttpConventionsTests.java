package io.socialdesk.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HttpConventionsTests {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void signsLikeSlacksKnownAnswer() {
        // Slack's documented example (secret, "v0:" + timestamp + ":" + body)
        String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZ"
                + "RskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

        assertThat(new HmacSha256("8f742231b10e8888abcd99yyyzzz85a5").sign("v0:1531420618:" + body))
                .isEqualTo("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503");
    }

    @Test
    void comparesSignatures() {
        assertThat(HmacSha256.same("abc", "abc")).isTrue();
        assertThat(HmacSha256.same("abc", "abd")).isFalse();
        assertThat(HmacSha256.same("abc", "abcd")).isFalse();
    }

    @Test
    void readsRetryAfterInSecondsOrAsADate() {
        Duration longest = Duration.ofMinutes(10);
        assertThat(RetryAfter.parse("30", NOW, longest)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse(" 0 ", NOW, longest)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("Sat, 28 Nov 2026 12:02:00 GMT", NOW, longest))
                .contains(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse("86400", NOW, longest))
                .as("cut to the longest")
                .contains(longest);
        assertThat(RetryAfter.parse("Sat, 28 Nov 2026 11:00:00 GMT", NOW, longest))
                .isEmpty();
        assertThat(RetryAfter.parse("-5", NOW, longest)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW, longest)).isEmpty();
        assertThat(RetryAfter.parse(null, NOW, longest)).isEmpty();
    }

    @Test
    void backsOffExponentiallyUpToTheLongest() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.after(9)).isEqualTo(Duration.ofSeconds(256));
        assertThat(backoff.after(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(1000)).isEqualTo(Duration.ofMinutes(5));
    }
}
