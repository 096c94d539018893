package io.isnad.eval;

/** Input the runner cannot evaluate: a malformed question set, a missing corpus, a bad setting. */
public class EvalInputException extends Exception {

    public EvalInputException(String message) {
        super(message);
    }
}
