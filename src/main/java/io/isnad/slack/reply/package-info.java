/**
 * Reply: the bounded worker pool that answers Slack questions in the background, through the chat
 * service (one Slack thread is one conversation), shows that it is thinking, and delivers the
 * rendered answer; plus the answers kept for button clicks.
 */
package io.isnad.slack.reply;
