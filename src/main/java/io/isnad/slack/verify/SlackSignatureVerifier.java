package io.isnad.slack.verify;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's v0 signature: {@code v0=} + hex HMAC-SHA256 of {@code v0:{timestamp}:{raw body}} with
 * the signing secret. Our own rather than the SDK's, whose verifier accepts timestamps from the
 * future and compares with {@code equals}: here the timestamp must lie within five minutes either
 * way (a captured request cannot be replayed later) and the comparison takes the same time
 * whatever the first differing byte (so the signature cannot be guessed byte by byte).
 */
public final class SlackSignatureVerifier {

    /** Slack's recommended window for request timestamps, in either direction. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private static final String VERSION = "v0";
    private static final String PREFIX = VERSION + "=";
    private static final int HEX_SHA256 = 64;

    private final byte[] secret;
    private final Clock clock;

    public SlackSignatureVerifier(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /**
     * Checks a request as received.
     *
     * @throws InvalidSignatureException saying what is wrong: a header missing or malformed, a stale
     *         or future timestamp, or a signature that does not match
     */
    public void verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || timestamp.isBlank()) {
            throw new InvalidSignatureException("the X-Slack-Request-Timestamp header is missing");
        }
        if (signature == null || signature.isBlank()) {
            throw new InvalidSignatureException("the X-Slack-Signature header is missing");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSignatureException("the X-Slack-Request-Timestamp header is not a number of seconds");
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        if (skew.compareTo(MAX_SKEW) > 0) {
            throw new InvalidSignatureException("the request timestamp is more than 5 minutes away from now");
        }
        String given = signature.strip();
        if (!given.startsWith(PREFIX) || given.length() != PREFIX.length() + HEX_SHA256) {
            throw new InvalidSignatureException("the X-Slack-Signature header is not a v0 signature");
        }
        byte[] expected = (PREFIX + HexFormat.of().formatHex(hmac(timestamp.strip(), body)))
                .getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given.toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidSignatureException("the signature does not match the request");
        }
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
