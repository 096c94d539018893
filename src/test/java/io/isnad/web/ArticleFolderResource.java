package io.isnad.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.util.IOUtils;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An articles folder for the web tests: the seed articles plus fixtures that only these tests
 * need (an article full of markup, one whose headline is a long paragraph), with an index of its own so no other test sees them.
 */
public class ArticleFolderResource implements QuarkusTestResourceLifecycleManager {

    static final String MARKUP_FIXTURE = "900_markup_fixture.txt";

    private static final Path SEEDS = Path.of("seeds");
    private static final Path FIXTURES = Path.of("src/test/resources/web-articles");
    private static final Path ARTICLES = Path.of("target/web-test/articles");

    /** The web fixtures' own folder, for tests that compare the page with a fixture's text. */
    static Path fixtures() {
        return FIXTURES;
    }

    private static final Path INDEX = Path.of("target/web-test/index");

    @Override
    public Map<String, String> start() {
        try {
            IOUtils.rm(ARTICLES, INDEX);
            Files.createDirectories(ARTICLES);
            copyArticles(SEEDS);
            copyArticles(FIXTURES);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the web test articles", e);
        }
        return Map.of(
                "isnad.ingest.dir", ARTICLES.toAbsolutePath().toString(),
                "isnad.index.dir", INDEX.toAbsolutePath().toString());
    }

    @Override
    public void stop() {
        // The folders stay under target/ for inspection; start() clears them next time.
    }

    private static void copyArticles(Path from) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.copy(file, ARTICLES.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
