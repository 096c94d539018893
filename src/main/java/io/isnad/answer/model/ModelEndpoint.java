package io.isnad.answer.model;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * Where the chosen provider's model is served, as the quarkus-langchain4j extension reads its own
 * keys: for the health probe, and for the time limit Fault Tolerance puts on every call.
 *
 * @param timeout the provider's {@code timeout} key, which bounds a whole call, streamed or not
 * @param enabled {@code enable-integration}: false makes the extension's model refuse every call
 */
public record ModelEndpoint(ModelProvider provider, String baseUrl, String apiKey, Duration timeout,
        boolean enabled) {

    /**
     * A request to a cheap listing endpoint every server of the provider has, for health probes;
     * it carries the API key, as OpenAI-compatible servers refuse unauthenticated calls.
     */
    public HttpRequest.Builder probe() {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(base + (provider == ModelProvider.OLLAMA ? "api/tags" : "models"))).GET();
        if (!apiKey.isBlank()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return request;
    }
}
