package io.isnad.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * Reads the articles folder. A file that cannot be used (not UTF-8, empty, too large, unreadable)
 * becomes a {@link LoadOutcome.Skipped} with the reason; it never stops the others.
 */
public final class ArticleLoader {

    private static final Logger LOG = Logger.getLogger(ArticleLoader.class);
    /** Bump when parsing changes in a way that must re-index unchanged files. */
    private static final String PARSER_VERSION = "1";

    private final long maxFileBytes;
    private final ChunkingSettings chunking;
    private final ArticleParser parser;

    public ArticleLoader(long maxFileBytes, ChunkingSettings chunking) {
        this.maxFileBytes = maxFileBytes;
        this.chunking = chunking;
        this.parser = new ArticleParser(chunking);
    }

    /** Every {@code *.txt} directly in {@code dir}, in file-name order. */
    public List<LoadOutcome> loadFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toAbsolutePath().toString(), null,
                    "the articles folder does not exist or is not a folder (isnad.ingest.dir)");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
        List<LoadOutcome> outcomes = new ArrayList<>(files.size());
        for (Path file : files) {
            LoadOutcome outcome = load(file);
            if (outcome instanceof LoadOutcome.Skipped skipped) {
                LOG.warnf("Skipped article %s: %s", skipped.file(), skipped.reason());
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /** Reads and parses one file. */
    public LoadOutcome load(Path path) {
        String file = path.getFileName().toString();
        try {
            long size = Files.size(path);
            if (size > maxFileBytes) {
                return new LoadOutcome.Skipped(file, "larger than " + maxFileBytes + " bytes (" + size + ")");
            }
            byte[] bytes = Files.readAllBytes(path);
            String text = decodeStrictUtf8(bytes);
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                return new LoadOutcome.Skipped(file, "empty");
            }
            Article article = parser.parse(file, text, fingerprint(bytes));
            if (article.sentences().isEmpty()) {
                return new LoadOutcome.Skipped(file, "no article text left after cleaning");
            }
            return new LoadOutcome.Loaded(article);
        } catch (CharacterCodingException e) {
            return new LoadOutcome.Skipped(file, "not valid UTF-8");
        } catch (IOException e) {
            return new LoadOutcome.Skipped(file, "unreadable: " + e.getMessage());
        }
    }

    private static String decodeStrictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private String fingerprint(byte[] bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes);
            String settings = PARSER_VERSION + "/" + chunking.sentences() + "/" + chunking.overlap();
            sha.update(settings.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
