package io.isnad.eval;

/** Told after each question, so a terminal can show how far a long run has got. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> {
    };

    void answered(int done, int total);
}
