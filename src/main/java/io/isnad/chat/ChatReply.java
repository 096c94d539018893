package io.isnad.chat;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.isnad.answer.Answer;

/** Body of {@code POST /api/chat}: the fields of {@code /api/ask} plus the conversation's id. */
public record ChatReply(String conversationId, @JsonUnwrapped Answer answer) {
}
