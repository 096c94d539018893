/**
 * Feedback: 👍/👎 on answers from the web page, Slack and the command line, kept in one
 * append-only JSON Lines file, and exported as an evaluation question set so that a 👎 becomes a
 * regression question once someone writes its expected answer.
 */
package io.isnad.feedback;
