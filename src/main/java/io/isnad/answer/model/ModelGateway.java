package io.isnad.answer.model;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.ModelDisabledException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

import io.isnad.answer.AnswerConfig;

/**
 * The only door to the language model. Models are built on first use, so a service in extractive
 * mode, or one whose model is down at start-up, starts normally. Circuit breakers stop calling a
 * model that keeps failing, so a dead model does not add its timeout to every request.
 */
@ApplicationScoped
public class ModelGateway {


    private final ModelSettings settings;
    private final ModelCircuit circuit;
    private volatile ChatModel chatModel;
    private volatile StreamingChatModel streamingModel;

    ModelGateway(AnswerConfig config, Config mpConfig, ModelCircuit circuit) {
        this.settings = ModelSettings.read(config.provider(), mpConfig);
        this.circuit = circuit;
    }

    /** Where the model is served, for health reports. */
    public String baseUrl() {
        return settings.baseUrl();
    }

    /**
     * A request to a cheap listing endpoint every server of the provider has, for health probes;
     * it carries the API key, as OpenAI-compatible servers refuse unauthenticated calls.
     */
    public HttpRequest.Builder probe() {
        String base = settings.baseUrl().endsWith("/") ? settings.baseUrl() : settings.baseUrl() + "/";
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(base + (settings.provider() == ModelProvider.OLLAMA ? "api/tags" : "models"))).GET();
        if (!settings.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        return request;
    }

    /** False when {@code enable-integration} is off: every call is refused. */
    public boolean enabled() {
        return settings.enabled();
    }

    /** The model's whole reply to {@code messages}; failures are thrown as they are, not wrapped. */
    public String complete(List<ChatMessage> messages) {
        try {
            return circuit.call(() -> {
                requireEnabled();
                ChatResponse response = chatModel().chat(messages);
                if (response == null || response.aiMessage() == null || response.aiMessage().text() == null) {
                    throw new MalformedModelOutputException("the model replied without text");
                }
                return CompletableFuture.completedFuture(response.aiMessage().text());
            }).toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Streams the reply: {@code onToken} receives each piece of text as it arrives; the stage
     * completes with the whole text, or fails with the model's error.
     */
    public CompletionStage<String> stream(List<ChatMessage> messages, Consumer<String> onToken) {
        return circuit.call(() -> startStream(messages, onToken));
    }

    private CompletionStage<String> startStream(List<ChatMessage> messages, Consumer<String> onToken) {
        requireEnabled();
        CompletableFuture<String> done = new CompletableFuture<>();
        streamingModel().chat(messages, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String token) {
                onToken.accept(token);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                if (response == null || response.aiMessage() == null || response.aiMessage().text() == null) {
                    done.completeExceptionally(new MalformedModelOutputException("the model streamed no text"));
                } else {
                    done.complete(response.aiMessage().text());
                }
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        return done;
    }

    private void requireEnabled() {
        if (!settings.enabled()) {
            throw new ModelDisabledException("the " + settings.provider().name().toLowerCase() + " integration is disabled");
        }
    }

    private ChatModel chatModel() {
        if (chatModel == null) {
            synchronized (this) {
                if (chatModel == null) {
                    chatModel = switch (settings.provider()) {
                        // No retries: the circuit breaker and the extractive fallback handle failures.
                        case OPENAI -> OpenAiChatModel.builder().baseUrl(settings.baseUrl()).apiKey(settings.apiKey())
                                .modelName(settings.modelName()).temperature(settings.temperature())
                                .timeout(settings.timeout()).maxRetries(0).build();
                        case OLLAMA -> OllamaChatModel.builder().baseUrl(settings.baseUrl())
                                .modelName(settings.modelName()).temperature(settings.temperature())
                                .timeout(settings.timeout()).maxRetries(0).build();
                    };
                }
            }
        }
        return chatModel;
    }

    private StreamingChatModel streamingModel() {
        if (streamingModel == null) {
            synchronized (this) {
                if (streamingModel == null) {
                    streamingModel = switch (settings.provider()) {
                        case OPENAI -> OpenAiStreamingChatModel.builder().baseUrl(settings.baseUrl())
                                .apiKey(settings.apiKey()).modelName(settings.modelName())
                                .temperature(settings.temperature()).timeout(settings.timeout()).build();
                        case OLLAMA -> OllamaStreamingChatModel.builder().baseUrl(settings.baseUrl())
                                .modelName(settings.modelName()).temperature(settings.temperature())
                                .timeout(settings.timeout()).build();
                    };
                }
            }
        }
        return streamingModel;
    }
}
