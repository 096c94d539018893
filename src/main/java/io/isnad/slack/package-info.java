/**
 * Slack: questions asked in channels, threads, direct messages and with {@code /isnad} are
 * answered in Slack by the one assistant service, with sources linked to the web page's article
 * view, follow-ups (one Slack thread is one conversation) and 👍/👎 feedback. Sub-packages by role:
 * {@code verify} (request signatures), {@code receive} (the HTTP endpoints Slack calls),
 * {@code reply} (the bounded worker pool that answers), {@code render} (Block Kit) and
 * {@code post} (the Web API client with rate-limit retries).
 */
package io.isnad.slack;
