package io.isnad.slack.post;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How Slack traffic went since start-up, on {@code /q/metrics} as {@code isnad_slack_*}: a Slack
 * outage must be visible, not only in the log. Tests read the same figures.
 */
@ApplicationScoped
public class SlackCounters {

    private final Counter events;
    private final Counter duplicates;
    private final Counter answers;
    private final Counter calls;
    private final Counter retries;
    private final Counter failedCalls;
    private final Counter rejected;

    SlackCounters(MeterRegistry registry) {
        this.events = counter(registry, "isnad.slack.events", "Questions accepted from Slack (mentions, direct messages, slash commands)");
        this.duplicates = counter(registry, "isnad.slack.duplicates", "Slack deliveries ignored as repeats (retries, one message through two events)");
        this.answers = counter(registry, "isnad.slack.answers", "Answers delivered to Slack");
        this.calls = counter(registry, "isnad.slack.calls", "Calls made to Slack's Web API and response URLs");
        this.retries = counter(registry, "isnad.slack.retries", "Slack calls retried after HTTP 429");
        this.failedCalls = counter(registry, "isnad.slack.failed.calls", "Slack calls that failed for good");
        this.rejected = counter(registry, "isnad.slack.rejected", "Slack questions refused because every worker was busy and the queue full");
    }

    private static Counter counter(MeterRegistry registry, String name, String description) {
        return Counter.builder(name).description(description).register(registry);
    }

    /** A question accepted for answering (mention, direct message or slash command). */
    public void event() {
        events.increment();
    }

    /** A delivery ignored because it was seen before (retry, or the same message through two events). */
    public void duplicate() {
        duplicates.increment();
    }

    /** An answer delivered to Slack. */
    public void answer() {
        answers.increment();
    }

    void call() {
        calls.increment();
    }

    void retry() {
        retries.increment();
    }

    void failedCall() {
        failedCalls.increment();
    }

    /** A question dropped because every worker was busy and the queue was full. */
    public void rejected() {
        rejected.increment();
    }

    public long events() {
        return (long) events.count();
    }

    public long duplicates() {
        return (long) duplicates.count();
    }

    public long answers() {
        return (long) answers.count();
    }

    public long calls() {
        return (long) calls.count();
    }

    public long retries() {
        return (long) retries.count();
    }

    public long failedCalls() {
        return (long) failedCalls.count();
    }

    public long rejectedQuestions() {
        return (long) rejected.count();
    }
}
