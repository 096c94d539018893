/** Verify: Slack's v0 request signatures, checked over the raw bytes before anything is parsed. */
package io.isnad.slack.verify;
