package io.isnad.index;

/** The live corpus is not (yet) usable; surfaces report it as "service unavailable". */
public class CorpusUnavailableException extends RuntimeException {

    /** The message while the first indexing is still running: the one users meet most, put in Arabic by the API. */
    public static final String STILL_INDEXING = "the articles are still being indexed; try again shortly";

    public CorpusUnavailableException(String message) {
        super(message);
    }
}
