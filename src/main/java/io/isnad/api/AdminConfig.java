package io.isnad.api;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The admin token ({@code isnad.admin.*}). */
@ConfigMapping(prefix = "isnad.admin")
public interface AdminConfig {

    /**
     * Bearer token that {@code /api/admin/*}, {@code /api/eval} and {@code GET /api/feedback}
     * require ({@code Authorization: Bearer <token>}). Set it from the environment
     * ({@code ISNAD_ADMIN_TOKEN}), never in a committed file. Unset: those endpoints answer 403,
     * except in dev mode, where they are open.
     */
    Optional<String> token();
}
