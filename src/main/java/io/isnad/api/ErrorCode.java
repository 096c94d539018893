package io.isnad.api;

/** Every error code the HTTP API answers with, and its status: the one list clients can rely on. */
public enum ErrorCode {
    BAD_REQUEST(400, "bad_request"),
    INVALID_REQUEST(400, "invalid_request"),
    MALFORMED_JSON(400, "malformed_json"),
    QUESTION_TOO_LONG(400, "question_too_long"),
    MALFORMED_QUESTION_SET(400, "malformed_question_set"),
    TOO_MANY_QUESTIONS(400, "too_many_questions"),
    UNAUTHORIZED(401, "unauthorized"),
    /** A request to {@code /slack/*} without a valid Slack signature or with a stale time stamp. */
    INVALID_SIGNATURE(401, "invalid_signature"),
    ADMIN_DISABLED(403, "admin_disabled"),
    NOT_FOUND(404, "not_found"),
    METHOD_NOT_ALLOWED(405, "method_not_allowed"),
    NOT_ACCEPTABLE(406, "not_acceptable"),
    BODY_TOO_LARGE(413, "body_too_large"),
    URI_TOO_LONG(414, "uri_too_long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported_media_type"),
    BUSY(429, "busy"),
    HEADERS_TOO_LARGE(431, "headers_too_large"),
    INTERNAL_ERROR(500, "internal_error"),
    NOT_READY(503, "not_ready"),
    /** The feedback file cannot be written or read (the server's disk or permissions). */
    FEEDBACK_UNAVAILABLE(503, "feedback_unavailable");

    private final int status;
    private final String code;

    ErrorCode(int status, String code) {
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The constant spelled {@code code}, or {@link #INTERNAL_ERROR} for a code this list lacks. */
    static ErrorCode ofCode(String code) {
        for (ErrorCode known : values()) {
            if (known.code.equals(code)) {
                return known;
            }
        }
        return INTERNAL_ERROR;
    }

    /** The error code for a bare status that the framework or the transport produced. */
    static ErrorCode forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> BODY_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> BUSY;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> NOT_READY;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}
