/**
 * Receive: the endpoints Slack calls ({@code /slack/events}, {@code /slack/commands},
 * {@code /slack/interactions}). Each verifies the request before reading it, acknowledges at once
 * and leaves the work to the reply workers.
 */
package io.isnad.slack.receive;
