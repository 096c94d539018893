package io.isnad.retrieve;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.isnad.ingest.arabic.ArabicHunspellStems;
import io.isnad.retrieve.lexicon.InstalledDictionary;

/**
 * Debian's Arabic Hunspell dictionary ({@code hunspell-ar}) when it is installed, read once, by
 * the first thread that needs it or by {@link #prepare()}: reading it takes some two seconds of a
 * start-up core, which neither the service's start nor its first Arabic question should wait for
 * where the service is ready in time. Absent, unreadable or not configured, sentences are ranked
 * without it, as before; one log line says which.
 */
public final class ArabicStemDictionary {

    private static final Logger LOG = Logger.getLogger(ArabicStemDictionary.class);
    /** Matching without Hunspell stems (tests, and {@code isnad.retrieve.hunspell-dir} not set, the default). */
    public static final ArabicStemDictionary NONE = new ArabicStemDictionary(Optional::empty);

    private final Supplier<Optional<ArabicHunspellStems>> stems;

    private ArabicStemDictionary(Supplier<Optional<ArabicHunspellStems>> stems) {
        this.stems = stems;
    }

    /** The dictionary in {@code dir}, read on first use; {@link #NONE} when no folder is configured. */
    public static ArabicStemDictionary at(Optional<Path> dir) {
        if (dir.isEmpty()) {
            LOG.info("Hunspell Arabic dictionary not configured; sentences are ranked by light stem and root skeleton");
            return NONE;
        }
        return new ArabicStemDictionary(new InstalledDictionary<>("Hunspell Arabic dictionary", dir.get(),
                ArabicHunspellStems::load, read -> read.entries() + " lines",
                "install hunspell-ar to use it; sentences are ranked by light stem and root skeleton"));
    }

    /** Reads the dictionary now, if no question did yet. */
    public void prepare() {
        get();
    }

    /** The stems, reading the dictionary if no thread did yet; empty when it is not installed. */
    public Optional<ArabicHunspellStems> get() {
        return stems.get();
    }
}
