/**
 * Chat: conversations with bounded memory, follow-up questions rewritten into standalone ones, and
 * answers streamed as server-sent events. Answers themselves come from the one assistant service.
 */
package io.isnad.chat;
