package io.isnad.answer.model;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.quarkiverse.langchain4j.ModelName;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.faulttolerance.api.Guard;

import io.isnad.answer.AnswerConfig;

/**
 * The only door to the language model: the chat and streaming chat models of the quarkus-langchain4j
 * extension (built on first use, so a service in extractive mode, or one whose model is down at
 * start-up, starts normally), each call through the one Fault Tolerance guard (timeout and circuit
 * breaker shared by both paths).
 */
@ApplicationScoped
public class ModelGateway {

    private static final TypeLiteral<CompletionStage<String>> ASYNC_TEXT = new TypeLiteral<>() {
    };

    private final ChatModel chatModel;
    private final StreamingChatModel streamingModel;
    private final Guard guard;

    /** Both providers' models are injected (unused ones are never built); the configured one is used. */
    ModelGateway(AnswerConfig config, ChatModel openAi, StreamingChatModel openAiStreaming,
            @ModelName(ModelBeans.OLLAMA) ChatModel ollama,
            @ModelName(ModelBeans.OLLAMA) StreamingChatModel ollamaStreaming,
            @Identifier(ModelBeans.CIRCUIT) Guard guard) {
        boolean nativeOllama = config.provider() == ModelProvider.OLLAMA;
        this.chatModel = nativeOllama ? ollama : openAi;
        this.streamingModel = nativeOllama ? ollamaStreaming : openAiStreaming;
        this.guard = guard;
    }

    /**
     * The model's whole reply to {@code messages}; failures are thrown as they are, not wrapped. The
     * call runs on the guard's own thread, so its timeout returns at once whatever the client does
     * with an interrupt (the Ollama client would retry).
     */
    public String complete(List<ChatMessage> messages) {
        try {
            return guard.get(() -> CompletableFuture.completedFuture(
                    text(chatModel.chat(messages), "the model replied without text")), ASYNC_TEXT)
                    .toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Streams the reply: {@code onToken} receives each piece of text as it arrives, until the stage
     * completes with the whole text or fails with the model's error (or the guard's timeout: the
     * model may go on streaming, but nothing more reaches {@code onToken} once the stage is done).
     */
    public CompletionStage<String> stream(List<ChatMessage> messages, Consumer<String> onToken) {
        AtomicBoolean settled = new AtomicBoolean();
        Consumer<String> untilSettled = token -> {
            if (!settled.get()) {
                onToken.accept(token);
            }
        };
        return guard.get(() -> startStream(messages, untilSettled), ASYNC_TEXT)
                .whenComplete((text, failure) -> settled.set(true));
    }

    private CompletionStage<String> startStream(List<ChatMessage> messages, Consumer<String> onToken) {
        CompletableFuture<String> done = new CompletableFuture<>();
        streamingModel.chat(messages, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String token) {
                onToken.accept(token);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                try {
                    done.complete(text(response, "the model streamed no text"));
                } catch (MalformedModelOutputException e) {
                    done.completeExceptionally(e);
                }
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        return done;
    }

    private static String text(ChatResponse response, String whenMissing) {
        if (response == null || response.aiMessage() == null || response.aiMessage().text() == null) {
            throw new MalformedModelOutputException(whenMissing);
        }
        return response.aiMessage().text();
    }
}
