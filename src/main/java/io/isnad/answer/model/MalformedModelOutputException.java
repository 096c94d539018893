package io.isnad.answer.model;

/** The model answered, but not with anything usable. */
class MalformedModelOutputException extends RuntimeException {

    MalformedModelOutputException(String message) {
        super(message);
    }
}
