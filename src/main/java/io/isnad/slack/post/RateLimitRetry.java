package io.isnad.slack.post;

import java.time.Duration;

import org.jboss.logging.Logger;

/**
 * Calls Slack, honouring HTTP 429 {@code Retry-After} a bounded number of times: Slack asks us to
 * slow down, so we wait as told, but never so often or so long that an answer worker is tied up
 * indefinitely by a Slack that keeps refusing. Runs only on answer workers, never on request threads.
 */
final class RateLimitRetry {

    private static final Logger LOG = Logger.getLogger(RateLimitRetry.class);
    /** Retries after the first 429; with {@link #MAX_WAIT} this bounds a hopeless call to about half a minute. */
    static final int MAX_RETRIES = 3;
    /** Longest wait honoured for one retry; a longer Retry-After means Slack is throttling us hard. */
    static final Duration MAX_WAIT = Duration.ofSeconds(10);
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);

    /** One attempt of a call; throws {@link TooManyRequests} on HTTP 429. */
    @FunctionalInterface
    interface Attempt<T> {
        T run() throws Exception;
    }

    /** Slack answered 429; {@code retryAfter} is the header's value, possibly null. */
    static final class TooManyRequests extends Exception {
        final String retryAfter;

        TooManyRequests(String retryAfter) {
            super("HTTP 429 Too Many Requests", null, false, false);
            this.retryAfter = retryAfter;
        }
    }

    private final SlackCounters counters;

    RateLimitRetry(SlackCounters counters) {
        this.counters = counters;
    }

    <T> T call(String method, Attempt<T> attempt) {
        counters.call();
        for (int retry = 0;; retry++) {
            try {
                return attempt.run();
            } catch (TooManyRequests e) {
                if (retry == MAX_RETRIES) {
                    throw failed(method, "still rate limited after " + MAX_RETRIES + " retries", e);
                }
                Duration wait = wait(e.retryAfter);
                counters.retry();
                LOG.infof("Slack %s: rate limited, retrying in %d ms", method, wait.toMillis());
                sleep(wait, method);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failed(method, "interrupted", e);
            } catch (Exception e) {
                throw failed(method, e.getMessage(), e);
            }
        }
    }

    private SlackCallException failed(String method, String why, Exception cause) {
        counters.failedCall();
        LOG.warnf("Slack %s failed: %s", method, why);
        return new SlackCallException("Slack " + method + " failed: " + why, cause);
    }

    static Duration wait(String retryAfter) {
        if (retryAfter == null) {
            return DEFAULT_WAIT;
        }
        try {
            Duration asked = Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
            return asked.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : asked.isNegative() || asked.isZero() ? DEFAULT_WAIT : asked;
        } catch (NumberFormatException e) {
            return DEFAULT_WAIT;
        }
    }

    private void sleep(Duration wait, String method) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(method, "interrupted while waiting to retry", e);
        }
    }
}
