package io.isnad.api;

/**
 * The body of every HTTP error.
 *
 * @param error a stable machine-readable code, e.g. {@code invalid_request}
 * @param message a sentence for people; never a stack trace or class name
 */
public record ApiError(String error, String message) {
}
