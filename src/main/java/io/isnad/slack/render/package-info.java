/**
 * Render: answers as Block Kit messages, short answer first, sentences with {@code [n]}, then the
 * sources linked to the web page; mrkdwn-escaped, within Slack's limits, with a text fallback.
 */
package io.isnad.slack.render;
