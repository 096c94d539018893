package io.isnad.api;

/**
 * A request the API refuses, with the error code to report; the code carries its status, so every
 * code a client can meet is one of {@link ErrorCode}'s.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final String question;

    protected ApiException(ErrorCode code, String message) {
        this(code, message, null);
    }

    private ApiException(ErrorCode code, String message, String question) {
        super(message);
        this.code = code;
        this.question = question;
    }

    public static ApiException of(ErrorCode code, String message) {
        return new ApiException(code, message);
    }

    /**
     * A refusal of a request asking {@code question}, whose language the message is written in when the
     * client names none.
     */
    static ApiException about(String question, ErrorCode code, String message) {
        return new ApiException(code, message, question);
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

    ErrorCode code() {
        return code;
    }

    /** The question the refused request asked, or null. */
    String question() {
        return question;
    }
}
