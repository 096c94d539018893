package io.isnad.api;

import io.vertx.core.http.HttpMethod;

/** Which paths of {@code /api} are which, for the access filter; matched on the normalised path. */
final class ApiPaths {

    private ApiPaths() {
    }

    static boolean underApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    static boolean isEval(String path) {
        return path.equals("/api/eval") || path.startsWith("/api/eval/");
    }

    /** Admin operations, evaluations (they read server folders and cost minutes) and the feedback listing. */
    static boolean needsAdmin(HttpMethod method, String path) {
        return path.equals("/api/admin") || path.startsWith("/api/admin/") || isEval(path)
                || (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                        && (path.equals("/api/feedback") || path.startsWith("/api/feedback/"));
    }

    /** The endpoints that answer questions, which API keys protect. */
    static boolean isQuestion(String path) {
        return path.equals("/api/ask") || path.startsWith("/api/ask/") || path.equals("/api/chat")
                || path.startsWith("/api/chat/");
    }
}
