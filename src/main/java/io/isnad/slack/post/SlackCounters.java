package io.isnad.slack.post;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How Slack traffic went since start-up: a Slack outage must be visible, not only in the log. The
 * figures are cumulative and cheap to read, for metrics and tests.
 */
@ApplicationScoped
public class SlackCounters {

    private final AtomicLong events = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong answers = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong failedCalls = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();

    /** A question accepted for answering (mention, direct message or slash command). */
    public void event() {
        events.incrementAndGet();
    }

    /** A delivery ignored because it was seen before (retry, or the same message through two events). */
    public void duplicate() {
        duplicates.incrementAndGet();
    }

    /** An answer delivered to Slack. */
    public void answer() {
        answers.incrementAndGet();
    }

    void call() {
        calls.incrementAndGet();
    }

    void retry() {
        retries.incrementAndGet();
    }

    void failedCall() {
        failedCalls.incrementAndGet();
    }

    /** A question dropped because every worker was busy and the queue was full. */
    public void rejected() {
        rejected.incrementAndGet();
    }

    public long events() {
        return events.get();
    }

    public long duplicates() {
        return duplicates.get();
    }

    public long answers() {
        return answers.get();
    }

    public long calls() {
        return calls.get();
    }

    public long retries() {
        return retries.get();
    }

    public long failedCalls() {
        return failedCalls.get();
    }

    public long rejectedQuestions() {
        return rejected.get();
    }
}
