package io.isnad.api;

import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the HTTP surface ({@code isnad.api.*}); the admin token is {@link AdminConfig}. */
@ConfigMapping(prefix = "isnad.api")
public interface ApiConfig {

    /**
     * API keys for the question endpoints ({@code /api/ask}, {@code /api/chat},
     * {@code /api/chat/stream}), comma-separated. Unset (the default): those endpoints are open.
     * Set: each request must send one of them as {@code X-API-Key}. For a service on a network.
     */
    Optional<List<String>> keys();

    /**
     * Largest request body, in bytes, accepted by {@code /api/*} except {@code /api/eval}, whether
     * its length is declared (Content-Length) or not (chunked).
     */
    @WithDefault("262144")
    @Min(1024)
    long maxBodyBytes();

    /**
     * Longest request URI (path and query), in characters, on every path; a longer one is a 414
     * with the JSON error shape. The HTTP parser's own limit is set to 16 times this (see
     * README, "Security").
     */
    @WithDefault("4096")
    @Min(256)
    @Max(1048576)
    int maxUriLength();

    /**
     * Most bytes of request headers (each name and value plus 4 bytes of framing), on every path;
     * more is a 431 with the JSON error shape. The HTTP parser's own limit is 16 times this.
     */
    @WithDefault("20480")
    @Min(1024)
    @Max(1048576)
    int maxHeaderBytes();

    /** Limits of {@code POST /api/eval}. */
    Eval eval();

    interface Eval {

        /** Largest {@code POST /api/eval} body, in bytes (the question set travels inside it). */
        @WithDefault("4194304")
        @Min(1024)
        @Max(16777216)
        long maxBodyBytes();

        /** Most questions in one evaluation request; the command line has no limit. */
        @WithDefault("2000")
        @Min(1)
        int maxQuestions();

        /** Seconds a client is told to wait ({@code Retry-After}) while another evaluation runs. */
        @WithDefault("30")
        @Min(1)
        int retryAfterSeconds();
    }
}
