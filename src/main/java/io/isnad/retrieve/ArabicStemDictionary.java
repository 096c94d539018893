package io.isnad.retrieve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.jboss.logging.Logger;

import io.isnad.ingest.arabic.ArabicHunspellStems;

/**
 * Debian's Arabic Hunspell dictionary ({@code hunspell-ar}) when it is installed, read once, by
 * the first thread that needs it or by {@link #prepare()}: reading it takes some two seconds of a
 * start-up core, which neither the service's start nor its first Arabic question should wait for
 * where the service is ready in time. Absent, unreadable or not configured, sentences are ranked
 * without it, as before; one log line says which.
 */
public final class ArabicStemDictionary {

    public static final Path DEFAULT_DIR = Path.of("/usr/share/hunspell");
    private static final Logger LOG = Logger.getLogger(ArabicStemDictionary.class);
    /** Matching without Hunspell stems (tests, and {@code isnad.retrieve.hunspell-dir} left empty). */
    public static final ArabicStemDictionary NONE = new ArabicStemDictionary(null);

    private final Path dir;
    private volatile Optional<ArabicHunspellStems> read;

    private ArabicStemDictionary(Path dir) {
        this.dir = dir;
        this.read = dir == null ? Optional.empty() : null;
    }

    /** The dictionary in {@code dir}, read on first use; {@link #NONE} when no folder is configured. */
    public static ArabicStemDictionary at(Optional<Path> dir) {
        if (dir.isEmpty()) {
            LOG.info("Hunspell Arabic dictionary not configured; sentences are ranked by light stem and root skeleton");
            return NONE;
        }
        return new ArabicStemDictionary(dir.get());
    }

    /** Reads the dictionary now, if no question did yet. */
    public void prepare() {
        get();
    }

    /** The stems, reading the dictionary if no thread did yet; empty when it is not installed. */
    public Optional<ArabicHunspellStems> get() {
        Optional<ArabicHunspellStems> stems = read;
        if (stems == null) {
            synchronized (this) {
                if (read == null) {
                    read = readLogged();
                }
                stems = read;
            }
        }
        return stems;
    }

    private Optional<ArabicHunspellStems> readLogged() {
        long start = System.nanoTime();
        Optional<ArabicHunspellStems> stems;
        try {
            stems = ArabicHunspellStems.load(dir);
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Hunspell Arabic dictionary in %s is unreadable; continuing without it", dir);
            return Optional.empty();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (stems.isPresent()) {
            LOG.infof("Hunspell Arabic dictionary found in %s: %d lines read in %d ms", dir, stems.get().entries(),
                    millis);
        } else {
            LOG.infof("Hunspell Arabic dictionary not found in %s (install hunspell-ar to use it); sentences"
                    + " are ranked by light stem and root skeleton", dir);
        }
        return stems;
    }
}
