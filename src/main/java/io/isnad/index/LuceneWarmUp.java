package io.isnad.index;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.VectorUtil;
import org.jboss.logging.Logger;

/**
 * Lucene's one-time set-up in this JVM (the memory-mapping provider and native access, the codec
 * lookup, the SIMD provider, the analysis chains), started by a server from its first instant on a
 * thread of its own. A restart otherwise did all of it on the thread that opens the index, after
 * the framework had started, where it was the longest part of the wait for readiness
 * (docs/performance.md, "Fourth round"). It touches no index: the real open reports every problem.
 */
public final class LuceneWarmUp {

    private static final Logger LOG = Logger.getLogger(LuceneWarmUp.class);

    private LuceneWarmUp() {
    }

    /** Starts the set-up in the background and returns at once. */
    public static void start() {
        Thread.ofPlatform().name("isnad-lucene-warm-up").daemon().start(LuceneWarmUp::run);
    }

    static void run() {
        try (Directory directory = FSDirectory.open(Path.of(System.getProperty("java.io.tmpdir")))) {
            Codec.getDefault();
            VectorUtil.dotProduct(new float[] {1f}, new float[] {1f});
            new IndexAnalyzers().englishTokens("warm up");
        } catch (IOException | RuntimeException e) {
            LOG.debugf(e, "Lucene's warm-up failed; the index opens without it");
        }
    }
}
