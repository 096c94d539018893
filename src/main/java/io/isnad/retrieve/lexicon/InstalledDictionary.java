package io.isnad.retrieve.lexicon;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

/**
 * A dictionary a Debian package installs (FreeDict, Hunspell's Arabic), read once by the first
 * thread that needs it while the others wait for that read: reading takes a second or two of a
 * core, which the service's start should not wait for, so the service reads it once it is ready
 * (or its first question does). Absent, it is empty; unreadable, empty too, with the reason logged:
 * the service answers without it either way. One log line says which, and how long the read took.
 *
 * @param <T> the dictionary as read
 */
public final class InstalledDictionary<T> implements Supplier<Optional<T>> {

    private static final Logger LOG = Logger.getLogger(InstalledDictionary.class);

    /** Reads the dictionary's files in a folder; empty when they are not there. */
    @FunctionalInterface
    public interface Reader<T> {
        Optional<T> read(Path dir) throws IOException;
    }

    private final String name;
    private final Path dir;
    private final Reader<T> reader;
    private final Function<T, String> found;
    private final String missing;
    private volatile Optional<T> read;

    /**
     * @param name what the log calls it ("FreeDict")
     * @param found what the log says of it once read ("83,780 headwords")
     * @param missing what the log says without it: the package to install and what the service does instead
     */
    public InstalledDictionary(String name, Path dir, Reader<T> reader, Function<T, String> found, String missing) {
        this.name = name;
        this.dir = dir;
        this.reader = reader;
        this.found = found;
        this.missing = missing;
    }

    @Override
    public Optional<T> get() {
        Optional<T> dictionary = read;
        if (dictionary == null) {
            synchronized (this) {
                if (read == null) {
                    read = readLogged();
                }
                dictionary = read;
            }
        }
        return dictionary;
    }

    private Optional<T> readLogged() {
        long start = System.nanoTime();
        Optional<T> dictionary;
        try {
            dictionary = reader.read(dir);
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "%s in %s is unreadable; continuing without it", name, dir);
            return Optional.empty();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (dictionary.isPresent()) {
            LOG.infof("%s found in %s: %s, read in %d ms", name, dir, found.apply(dictionary.get()), millis);
        } else {
            LOG.infof("%s not found in %s (%s)", name, dir, missing);
        }
        return dictionary;
    }
}
