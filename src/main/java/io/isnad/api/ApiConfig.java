package io.isnad.api;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the HTTP surface ({@code isnad.api.*}); the admin token is {@link AdminConfig}. The
 * ranges are checked at start-up by {@link ApiConfigCheck}.
 */
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
     * its length is declared (Content-Length) or not (chunked). At least 1024.
     */
    @WithDefault("262144")
    long maxBodyBytes();

    /**
     * Longest request URI (path and query), in characters, on every path; a longer one is a 414
     * with the JSON error shape. The HTTP parser's own limit is set to 16 times this (see
     * README, "Security"). From 256 to 1048576.
     */
    @WithDefault("4096")
    int maxUriLength();

    /**
     * Most bytes of request headers (each name and value plus 4 bytes of framing), on every path;
     * more is a 431 with the JSON error shape. The HTTP parser's own limit is 16 times this. From
     * 1024 to 1048576.
     */
    @WithDefault("20480")
    int maxHeaderBytes();

    /** Limits of {@code POST /api/eval}. */
    Eval eval();

    interface Eval {

        /** Largest {@code POST /api/eval} body, in bytes (the question set travels inside it); from 1024 to 16777216. */
        @WithDefault("4194304")
        long maxBodyBytes();

        /** Most questions in one evaluation request; the command line has no limit. At least 1. */
        @WithDefault("2000")
        int maxQuestions();

        /** Seconds a client is told to wait ({@code Retry-After}) while another evaluation runs; at least 1. */
        @WithDefault("30")
        int retryAfterSeconds();
    }
}
