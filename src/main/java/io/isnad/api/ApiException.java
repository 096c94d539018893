package io.isnad.api;

/** A request the API refuses, with the status and error code to report. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String error;

    public ApiException(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    public static ApiException of(ErrorCode code, String message) {
        return new ApiException(code.status(), code.code(), message);
    }

    public static ApiException badRequest(String error, String message) {
        return new ApiException(400, error, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
