package io.isnad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.jboss.logging.Logger;

/**
 * Reads the articles folder. A file that cannot be used (not UTF-8, empty, too large, unreadable,
 * a link leading outside the folder, not a regular file) becomes a {@link LoadOutcome.Skipped}
 * with the reason; it never stops the others.
 */
public final class ArticleLoader {

    private static final Logger LOG = Logger.getLogger(ArticleLoader.class);
    /**
     * Bump when parsing or the index analysis changes in a way that must re-index unchanged files
     * (3: the seventh round's Arabic stop words, which the index analyzer drops; 4: the Persian, Urdu
     * and Kurdish letters {@code ArabicTextNormalizer} folds, which the indexed terms are written in,
     * and the twenty-sixth round's emphasis stop words, {@code ArabicStopWords.EMPHASIS}; 5: the
     * twenty-eighth round's sentence ends after a vowelled word, a figure's letter or a symbol, which
     * move sentences and chunks, and the plural forms of كان among the stop words; 6: the catalog
     * document's root skeletons, {@code IndexField.ROOTS}; 7: no sentence end inside a short bracket,
     * {@code SentenceSplitter.SHORT_BRACKET}, which joins sentences and moves chunks; 8: the imperatives
     * of a request among the stop words, {@code ArabicQuestionWords.REQUESTS}; 9: no paragraph end inside a
     * formula's subscript, {@code SentenceSplitter.isSubscriptBreak}, which joins sentences; 10: a seated
     * hamza before a glued pronoun also read on the line, {@code ArabicHamzaSeatFilter}; 11: ديالى, the Iraqi
     * province, no longer a dialect possessive among the stop words; 12: the Levantine prepositions with
     * the pronoun written و, {@code ArabicStopWords.DIALECT_ATTACHED}: عنو، معو، الو…, among the stop words;
     * 13: the dialects' "this thing", هالشي, {@code ArabicStopWords.THIS_THING}, among the stop words).
     */
    private static final String PARSER_VERSION = "13";
    private static final String EXTENSION = ".txt";
    /**
     * One SHA-256 digest per thread (the ingestion workers), reused file after file instead of
     * looked up among the security providers and built anew for each.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });

    private final long maxFileBytes;
    private final ChunkingSettings chunking;
    private final ArticleParser parser;

    public ArticleLoader(long maxFileBytes, ChunkingSettings chunking) {
        this.maxFileBytes = maxFileBytes;
        this.chunking = chunking;
        this.parser = new ArticleParser(chunking);
    }

    /**
     * Identifies the parser and its settings: a file parsed under another stamp must be parsed
     * again even when its bytes did not change.
     */
    public String settingsStamp() {
        return PARSER_VERSION + "/" + chunking.sentences() + "/" + chunking.overlap();
    }

    /**
     * Every {@code *.txt} file (any case) in {@code dir} and its sub-folders, in id order, without
     * reading them. Links are followed only to files whose real path lies inside the real articles
     * folder, so a link can never publish a file from elsewhere on the machine.
     */
    public FolderScan scan(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toAbsolutePath().toString(), null,
                    "the articles folder does not exist or is not a folder (isnad.ingest.dir)");
        }
        Path root = dir.toRealPath();
        List<ArticleFile> files = new ArrayList<>();
        List<LoadOutcome.Skipped> skipped = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
                if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
                    String id = idOf(root, path);
                    try {
                        entry(root, path, id, attributes, files, skipped);
                    } catch (IOException e) {
                        skipped.add(new LoadOutcome.Skipped(id, "unreadable: " + e.getMessage()));
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path path, IOException e) {
                if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
                    skipped.add(new LoadOutcome.Skipped(idOf(root, path), "unreadable: " + e.getMessage()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(ArticleFile::id));
        skipped.sort(Comparator.comparing(LoadOutcome.Skipped::file));
        skipped.forEach(s -> LOG.warnf("Skipped article %s: %s", s.file(), s.reason()));
        return new FolderScan(List.copyOf(files), List.copyOf(skipped));
    }

    private static void entry(Path root, Path path, String id, BasicFileAttributes attributes, List<ArticleFile> files,
            List<LoadOutcome.Skipped> skipped) throws IOException {
        if (attributes.isRegularFile()) {
            files.add(new ArticleFile(id, path, attributes.size(), attributes.lastModifiedTime().toMillis()));
            return;
        }
        if (!attributes.isSymbolicLink()) {
            skipped.add(new LoadOutcome.Skipped(id, "not a regular file (a pipe, socket or device)"));
            return;
        }
        Path target;
        try {
            target = path.toRealPath();
        } catch (NoSuchFileException e) {
            skipped.add(new LoadOutcome.Skipped(id, "broken link"));
            return;
        }
        if (!target.startsWith(root)) {
            skipped.add(new LoadOutcome.Skipped(id, "link to a file outside the articles folder"));
            return;
        }
        BasicFileAttributes real = Files.readAttributes(target, BasicFileAttributes.class);
        if (!real.isRegularFile()) {
            skipped.add(new LoadOutcome.Skipped(id, "link to something that is not a regular file"));
            return;
        }
        files.add(new ArticleFile(id, target, real.size(), real.lastModifiedTime().toMillis()));
    }

    private static String idOf(Path root, Path path) {
        return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    /** Every article of {@code dir} read and parsed, skipped entries included, in id order. */
    public List<LoadOutcome> loadFolder(Path dir) throws IOException {
        FolderScan scan = scan(dir);
        List<LoadOutcome> outcomes = new ArrayList<>(scan.skipped());
        scan.files().forEach(file -> outcomes.add(load(file)));
        outcomes.sort(Comparator.comparing(LoadOutcome::file));
        return outcomes;
    }

    /** Reads and parses one file directly in its folder, named by its file name. */
    public LoadOutcome load(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return load(new ArticleFile(path.getFileName().toString(), path, attributes.size(),
                    attributes.lastModifiedTime().toMillis()));
        } catch (IOException e) {
            return new LoadOutcome.Skipped(path.getFileName().toString(), "unreadable: " + e.getMessage());
        }
    }

    /** Reads and parses one file found by {@link #scan}. */
    public LoadOutcome load(ArticleFile file) {
        LoadOutcome outcome = read(file);
        if (outcome instanceof LoadOutcome.Skipped skipped) {
            LOG.warnf("Skipped article %s: %s", skipped.file(), skipped.reason());
        }
        return outcome;
    }

    private LoadOutcome read(ArticleFile file) {
        String id = file.id();
        try {
            long size = Files.size(file.path());
            if (size > maxFileBytes) {
                return new LoadOutcome.Skipped(id, "larger than " + maxFileBytes + " bytes (" + size + ")");
            }
            // The scan resolved links already: a link put in its place since then is not followed.
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file.path(), LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readAllBytes();
            }
            String text = decodeStrictUtf8(bytes);
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                return new LoadOutcome.Skipped(id, "empty");
            }
            Article article = parser.parse(id, text, fingerprint(bytes));
            if (article.sentences().isEmpty()) {
                return new LoadOutcome.Skipped(id, "no article text left after cleaning");
            }
            return new LoadOutcome.Loaded(article);
        } catch (CharacterCodingException e) {
            return new LoadOutcome.Skipped(id, "not valid UTF-8");
        } catch (IOException e) {
            return new LoadOutcome.Skipped(id, "unreadable: " + e.getMessage());
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
        MessageDigest sha = SHA_256.get();
        sha.update(bytes);
        sha.update(settingsStamp().getBytes(StandardCharsets.UTF_8));
        // digest() resets it for this thread's next file.
        return HexFormat.of().formatHex(sha.digest());
    }
}
