package io.isnad.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * Turns an article's text into headline, date, sentences and chunks. Cleaning never edits the
 * text: it only decides which line spans become sentences, so every offset stays valid for the
 * original file.
 */
public final class ArticleParser {

    /** Paragraphs shorter than this are too generic ("Tehran:") to treat a repeat as a duplicate. */
    private static final int MIN_DUPLICATE_LENGTH = 20;

    /**
     * Longest title shown, in characters. A first line longer than this is a paragraph, not a
     * headline (Wikipedia-style files, stories without a headline line): the title is its first
     * clause, cut at a word before this length and marked with an ellipsis.
     */
    public static final int MAX_TITLE_CHARS = 100;
    private static final String CLAUSE_ENDS = "،,.؛;:؟?!";
    /** A clause shorter than this ("Tehran:") says too little to be a title on its own. */
    private static final int MIN_CLAUSE_CHARS = 20;

    private final LineClassifier classifier = new LineClassifier();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DateExtractor dates = new DateExtractor();
    private final Chunker chunker;

    public ArticleParser(ChunkingSettings chunking) {
        this.chunker = new Chunker(chunking);
    }

    /**
     * Parses {@code text}.
     *
     * @param fingerprint identifies the file content and parse settings; stored with the index
     */
    public Article parse(String file, String text, String fingerprint) {
        List<TextSpan> lines = lines(text);
        String title = "";
        Optional<LocalDate> date = Optional.empty();
        Optional<String> appendixTitle = Optional.empty();
        Section section = Section.MAIN;
        Set<String> seenParagraphs = new HashSet<>();
        List<Sentence> sentences = new ArrayList<>();

        for (TextSpan line : lines) {
            String content = text.substring(line.start(), line.end());
            boolean isHeadline = title.isEmpty();
            LineClassifier.Kind kind = isHeadline ? LineClassifier.Kind.CONTENT : classifier.classify(content);
            switch (kind) {
                case METADATA -> {
                    if (date.isEmpty()) {
                        date = dates.find(content);
                    }
                    continue;
                }
                case BOILERPLATE, CREDIT -> {
                    continue;
                }
                case APPENDIX_MARKER -> {
                    section = Section.APPENDIX;
                    String inline = classifier.appendixInlineTitle(content);
                    if (!inline.isEmpty()) {
                        appendixTitle = Optional.of(inline);
                        int inlineStart = line.start() + content.lastIndexOf(inline);
                        addSentences(text, new TextSpan(inlineStart, inlineStart + inline.length()), section, sentences);
                    }
                    continue;
                }
                case CONTENT -> {
                    // handled below
                }
            }
            if (!seenParagraphs.add(ArabicTextNormalizer.normalize(content)) && content.length() >= MIN_DUPLICATE_LENGTH) {
                continue;
            }
            if (isHeadline) {
                title = content;
            } else if (section == Section.APPENDIX && appendixTitle.isEmpty()) {
                appendixTitle = Optional.of(content);
            }
            addSentences(text, line, section, sentences);
        }
        if (date.isEmpty()) {
            date = dates.find(leadOf(text, lines));
        }
        return new Article(file, text, shortTitle(title), date, fingerprint, List.copyOf(sentences),
                chunker.chunk(sentences), appendixTitle, title);
    }

    private void addSentences(String text, TextSpan span, Section section, List<Sentence> into) {
        for (TextSpan s : splitter.split(text, span.start(), span.end())) {
            into.add(new Sentence(into.size(), s.start(), s.end(), text.substring(s.start(), s.end()), section));
        }
    }

    /** {@code headline} itself when short enough, else its first clause clamped to {@link #MAX_TITLE_CHARS}. */
    static String shortTitle(String headline) {
        if (headline.length() <= MAX_TITLE_CHARS) {
            return headline;
        }
        for (int i = MIN_CLAUSE_CHARS; i < MAX_TITLE_CHARS; i++) {
            if (CLAUSE_ENDS.indexOf(headline.charAt(i)) >= 0) {
                return headline.substring(0, i).strip();
            }
        }
        int cut = headline.lastIndexOf(' ', MAX_TITLE_CHARS - 1);
        return headline.substring(0, cut > MIN_CLAUSE_CHARS ? cut : MAX_TITLE_CHARS - 1).strip() + "…";
    }

    /** A publication date is stated near the top; dates further down are the events reported. */
    private static String leadOf(String text, List<TextSpan> lines) {
        return lines.size() < 2 ? "" : text.substring(lines.get(0).start(), lines.get(Math.min(2, lines.size() - 1)).end());
    }

    /**
     * Non-blank lines, trimmed, as spans of {@code text}; a formula's subscript on a line of its own
     * ({@link SentenceSplitter#isSubscriptBreak}) stays in the line it belongs to.
     */
    static List<TextSpan> lines(String text) {
        List<TextSpan> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = start;
            while (end < text.length() && (text.charAt(end) != '\n' && text.charAt(end) != '\r'
                    || SentenceSplitter.isSubscriptBreak(text, end))) {
                end++;
            }
            TextSpan line = TextSpan.trimmed(text, start, end);
            if (line.start() < line.end()) {
                lines.add(line);
            }
            start = end + 1;
        }
        return lines;
    }
}
