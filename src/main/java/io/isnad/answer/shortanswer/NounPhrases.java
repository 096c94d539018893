package io.isnad.answer.shortanswer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The two shapes in which news prose writes a name after the noun that names its kind, read by the kinds {@link
 * AskedByNoun} asks: one to three words in quotes (وكالة "مهر"، تنظيم "داعش") or the noun's own definite words, its
 * genitive and adjectives (وزارة الخارجية الإيرانية، باللغة الفارسية).
 */
final class NounPhrases {

    /** One to three words in quotes, as {@link PersonSpans} reads a quoted name; the words are group 1. */
    static final String QUOTED = "\\s*[\"«“]((?:[\\p{L}]{2,}\\s?){1,3})[\"»”]";
    /** A word with the article after a space: the next word of a noun's definite genitive or adjectives. */
    private static final Pattern DEFINITE_WORD = Pattern.compile("\\s+(ال\\p{L}{2,})");

    private NounPhrases() {
    }

    /** The span of {@code folded}'s text from {@code start} to {@code end}, its offsets in the original text. */
    static Span span(ArabicTextNormalizer.Folded folded, int start, int end) {
        return new Span(folded.start(start), folded.end(end), folded.text().substring(start, end));
    }

    /** The end of the run of words with the article and no stop word right after {@code from}; {@code from} if none. */
    static int definiteWordsAfter(String f, int from) {
        Matcher next = DEFINITE_WORD.matcher(f);
        int end = from;
        while (next.region(end, f.length()).lookingAt() && !ArabicStopWords.contains(next.group(1))) {
            end = next.end();
        }
        return end;
    }
}
