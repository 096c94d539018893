package io.isnad.slack.verify;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.slack.api.app_backend.SlackSignature;

/** Requests are signed with the SDK's own generator, so our verifier is checked against Slack's code, not itself. */
class SlackSignatureVerifierTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final long NOW = 1_531_420_618L;
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    private static final SlackSignatureVerifier VERIFIER = new SlackSignatureVerifier(SECRET, CLOCK);

    /** Slack's documented example ("Verifying requests from Slack"). */
    private static final String EXAMPLE_BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
            + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
            + "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J"
            + "%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private static final String EXAMPLE_SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    @Test
    void acceptsSlacksDocumentedExample() {
        assertDoesNotThrow(() -> VERIFIER.verify(String.valueOf(NOW), EXAMPLE_SIGNATURE, bytes(EXAMPLE_BODY)));
    }

    @Test
    void refusesTheExampleWithOneByteChanged() {
        byte[] body = bytes(EXAMPLE_BODY);
        body[body.length - 1] ^= 1;
        assertThrows(InvalidSignatureException.class,
                () -> VERIFIER.verify(String.valueOf(NOW), EXAMPLE_SIGNATURE, body));
    }

    @Test
    void refusesASignatureMadeWithAnotherSecret() {
        String body = "{\"type\":\"event_callback\"}";
        String signature = new SlackSignature.Generator("another-secret").generate(String.valueOf(NOW), body);
        assertThrows(InvalidSignatureException.class, () -> VERIFIER.verify(String.valueOf(NOW), signature, bytes(body)));
    }

    @Test
    void acceptsAnArabicBodySignedBySlacksGenerator() {
        String body = "{\"event\":{\"type\":\"app_mention\",\"text\":\"<@U1> متى التقى عراقجي بالأسد؟\"}}";
        String signature = new SlackSignature.Generator(SECRET).generate(String.valueOf(NOW), body);
        assertDoesNotThrow(() -> VERIFIER.verify(String.valueOf(NOW), signature, bytes(body)));
    }

    @ParameterizedTest
    @ValueSource(longs = {-299, 299})
    void acceptsTimestampsWithinFiveMinutesEitherWay(long offset) {
        String ts = String.valueOf(NOW + offset);
        String signature = new SlackSignature.Generator(SECRET).generate(ts, EXAMPLE_BODY);
        assertDoesNotThrow(() -> VERIFIER.verify(ts, signature, bytes(EXAMPLE_BODY)));
    }

    @ParameterizedTest
    @ValueSource(longs = {-301, 301})
    void refusesTimestampsBeyondFiveMinutesEvenWhenSignedCorrectly(long offset) {
        String ts = String.valueOf(NOW + offset);
        String signature = new SlackSignature.Generator(SECRET).generate(ts, EXAMPLE_BODY);
        InvalidSignatureException e = assertThrows(InvalidSignatureException.class,
                () -> VERIFIER.verify(ts, signature, bytes(EXAMPLE_BODY)));
        assertTrue(e.getMessage().contains("5 minutes"), e.getMessage());
    }

    @Test
    void refusesMissingAndMalformedHeaders() {
        String ts = String.valueOf(NOW);
        byte[] body = bytes(EXAMPLE_BODY);
        assertThrows(InvalidSignatureException.class, () -> VERIFIER.verify(null, EXAMPLE_SIGNATURE, body));
        assertThrows(InvalidSignatureException.class, () -> VERIFIER.verify(ts, null, body));
        assertThrows(InvalidSignatureException.class, () -> VERIFIER.verify(" ", EXAMPLE_SIGNATURE, body));
        assertThrows(InvalidSignatureException.class, () -> VERIFIER.verify("yesterday", EXAMPLE_SIGNATURE, body));
        assertThrows(InvalidSignatureException.class, () -> VERIFIER.verify(ts, "v1=" + EXAMPLE_SIGNATURE.substring(3), body));
        assertThrows(InvalidSignatureException.class, () -> VERIFIER.verify(ts, EXAMPLE_SIGNATURE + "00", body));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
