/**
 * Chat: conversations with bounded memory and answers streamed as server-sent events. Answers,
 * including the rewriting of follow-up questions, come from the one assistant service.
 */
package io.isnad.chat;
