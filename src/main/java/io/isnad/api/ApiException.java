package io.isnad.api;

/**
 * A request the API refuses, with the error code to report; the code carries its status, so every
 * code a client can meet is one of {@link ErrorCode}'s.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;

    protected ApiException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public static ApiException of(ErrorCode code, String message) {
        return new ApiException(code, message);
    }

    public static ApiException notFound(String message) {
        return of(ErrorCode.NOT_FOUND, message);
    }

    public int status() {
        return code.status();
    }

    public String error() {
        return code.code();
    }
}
