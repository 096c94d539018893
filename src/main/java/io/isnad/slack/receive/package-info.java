/**
 * Receive: the endpoints Slack calls ({@code /slack/events}, {@code /slack/commands},
 * {@code /slack/interactions}). Each verifies the request before reading it, acknowledges at once
 * and leaves the work to the reply workers. They run on the I/O thread ({@code @NonBlocking}): all they
 * do is an HMAC, a JSON parse and a queue insertion, and a worker-thread hop would only add latency
 * to an acknowledgement that Slack wants within 3 seconds.
 */
package io.isnad.slack.receive;
