package io.isnad.api;

/** A request refused because the one slot for its kind of work is taken (429 with {@code Retry-After}). */
class BusyException extends ApiException {

    private final int retryAfterSeconds;

    BusyException(String message, int retryAfterSeconds) {
        super(ErrorCode.BUSY, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
