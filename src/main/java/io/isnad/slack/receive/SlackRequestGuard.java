package io.isnad.slack.receive;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.isnad.api.ApiException;
import io.isnad.api.ErrorCode;
import io.isnad.slack.SlackConfig;
import io.isnad.slack.verify.InvalidSignatureException;
import io.isnad.slack.verify.SlackSignatureVerifier;

/**
 * The first thing every Slack endpoint does: 404 while Slack is off, 401 unless the raw body is
 * signed with our signing secret within the last five minutes. Nothing is parsed before this passes.
 */
@ApplicationScoped
class SlackRequestGuard {

    private static final Logger LOG = Logger.getLogger(SlackRequestGuard.class);
    static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    static final String SIGNATURE = "X-Slack-Signature";

    private final boolean enabled;
    private final Optional<SlackSignatureVerifier> verifier;

    @Inject
    SlackRequestGuard(SlackConfig config) {
        this.enabled = config.enabled();
        this.verifier = config.signingSecret().filter(secret -> !secret.isBlank())
                .map(secret -> new SlackSignatureVerifier(secret, Clock.systemUTC()));
    }

    void check(String timestamp, String signature, byte[] body) {
        if (!enabled || verifier.isEmpty()) {
            throw ApiException.notFound("Slack is not enabled on this server (isnad.slack.enabled).");
        }
        try {
            verifier.get().verify(timestamp, signature, body);
        } catch (InvalidSignatureException e) {
            LOG.warnf("Refused a Slack request: %s", e.getMessage());
            throw ApiException.of(ErrorCode.INVALID_SIGNATURE, "Not a verified Slack request: " + e.getMessage() + ".");
        }
    }
}
