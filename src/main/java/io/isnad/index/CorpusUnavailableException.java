package io.isnad.index;

/** The live corpus is not (yet) usable; surfaces report it as "service unavailable". */
public class CorpusUnavailableException extends RuntimeException {

    public CorpusUnavailableException(String message) {
        super(message);
    }
}
