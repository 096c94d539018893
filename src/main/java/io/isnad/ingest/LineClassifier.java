package io.isnad.ingest;

import java.util.regex.Pattern;

/**
 * Decides what a line of a news page is: story text, page furniture to leave out of the index, a
 * credit line (also left out of the index, but read by {@link StoryCredits}), a metadata line, or the
 * marker that starts an appended "read also" story. The rules describe the furniture news sites print,
 * not particular articles.
 */
final class LineClassifier {

    /**
     * What a line is. A {@code CREDIT} is a line labelled as the story's source ("المصدر: …") or a short
     * unpunctuated label (a by-line, a site's name, a section label): which of the labels credit the story
     * tells their place ({@link StoryCredits}).
     */
    enum Kind { CONTENT, BOILERPLATE, CREDIT, METADATA, APPENDIX_MARKER }

    private static final Pattern URL_ONLY = Pattern.compile("(?i)(https?://|www\\.)\\S+");
    private static final Pattern SOURCE = Pattern.compile("(?i)^(المصدر|مصدر|source|sources|via)\\s*[:：].*");
    /** A photo's credit, a label and the name of who took it or of the agency: "تصوير: وكالة فرانس برس.", "Photo: AFP". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i)^(تصوير|صورة|الصورة|photo|photograph|picture|image)\\s*[:：]\\s*([^:：.!?؟]+)\\.?$");
    private static final Pattern COMMENTS = Pattern.compile("(?i)^(\\d+\\s*)?(تعليق|تعليقات|comments?)\\s*\\(?\\d*\\)?$");
    private static final Pattern AD_MARKER = Pattern.compile(
            "(?i)^\\[?\\s*(إعلان|اعلان|advertisement|ad|sponsored)\\s*\\d*\\s*]?$");
    private static final Pattern SHARE_WORDS = Pattern.compile(
            "(?i)^(share|close|tweet|print|email|facebook|twitter|whatsapp|telegram|"
                    + "شارك|مشاركة|إغلاق|اغلاق|طباعة|الأكثر قراءة|المواضيع الأكثر قراءة|اقرأ المزيد|read more)$");
    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?i)^(تاريخ النشر|نشر في|نُشر في|تاريخ|published( on)?|date|updated|last updated)\\s*[:：].*");
    private static final Pattern APPENDIX = Pattern.compile(
            "(?i)^(إقرأ|اقرأ|اقرا|إقرا)\\s+(أيض|ايض)[\\u064B-\\u065F]*ا[\\u064B-\\u065F]*\\s*[:：]?\\s*(.*)$"
                    + "|^(read also|also read|see also|related)\\s*[:：]?\\s*(.*)$");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.!?؟؛،,:…]");
    /** Short unpunctuated lines are bylines, section labels and site names rather than story text. */
    private static final int MAX_LABEL_WORDS = 6;

    Kind classify(String line) {
        if (APPENDIX.matcher(line).matches()) {
            return Kind.APPENDIX_MARKER;
        }
        if (DATE_LABEL.matcher(line).matches()) {
            return Kind.METADATA;
        }
        if (URL_ONLY.matcher(line).matches() || COMMENTS.matcher(line).matches()
                || AD_MARKER.matcher(line).matches() || SHARE_WORDS.matcher(line).matches()) {
            return Kind.BOILERPLATE;
        }
        return isSource(line) || isLabel(line) ? Kind.CREDIT : Kind.CONTENT;
    }

    /** Whether a line is labelled as the story's source ("المصدر: …", "Source: …"). */
    boolean isSource(String line) {
        return SOURCE.matcher(line).matches();
    }

    /** Whether a stripped sentence is a photo's credit only: its label and a name of a by-line's length at most. */
    static boolean isPhotoCredit(String sentence) {
        var m = PHOTO_CREDIT.matcher(sentence);
        return m.matches() && words(m.group(2).strip()) <= MAX_LABEL_WORDS;
    }

    /** The headline text following a "read also:" marker on the same line, or empty. */
    String appendixInlineTitle(String line) {
        var m = APPENDIX.matcher(line);
        if (!m.matches()) {
            return "";
        }
        String rest = m.group(3) != null ? m.group(3) : m.group(5);
        return rest == null ? "" : rest.strip();
    }

    private static boolean isLabel(String line) {
        String stripped = line.strip();
        String withoutTrailingColon = stripped.endsWith(":") ? stripped.substring(0, stripped.length() - 1) : stripped;
        return words(withoutTrailingColon) <= MAX_LABEL_WORDS
                && !SENTENCE_PUNCTUATION.matcher(withoutTrailingColon).find();
    }

    /**
     * The words of a stripped line as {@code split("\\s+")} counts them (runs of ASCII whitespace
     * followed by more text), counted only up to one more than a label has: most lines are long.
     */
    static int words(String stripped) {
        int words = 1;
        for (int i = 1; i < stripped.length() && words <= MAX_LABEL_WORDS; i++) {
            if (isAsciiSpace(stripped.charAt(i - 1)) && !isAsciiSpace(stripped.charAt(i))) {
                words++;
            }
        }
        return words;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
