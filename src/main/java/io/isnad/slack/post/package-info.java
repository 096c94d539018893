/**
 * Post: everything Isnad sends to Slack, through the official SDK's Web API client and
 * {@code response_url}, with bounded retries on HTTP 429 and every failure logged and counted.
 */
package io.isnad.slack.post;
