package io.isnad.ingest.arabic;

import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * Arabic words that carry no evidence: Lucene's Arabic stop words, every question word
 * ({@link ArabicQuestionWords}) and the subject pronouns, all folded the way the text is, or they
 * would never match.
 */
public final class ArabicStopWords {

    /** Subject pronouns, with the conjunctions news prose glues to them. */
    public static final Set<String> PRONOUNS = Set.of("هو", "هي", "هم", "هما", "هن", "وهو", "وهي", "وهم", "وهما",
            "فهو", "فهي", "فهم");

    public static final Set<String> WORDS = words();

    private ArabicStopWords() {
    }

    private static Set<String> words() {
        Set<String> words = new HashSet<>();
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            words.add(ArabicTextNormalizer.normalize(new String((char[]) word)));
        }
        words.addAll(ArabicQuestionWords.ALL);
        words.add("هو");
        words.add("هي");
        return Set.copyOf(words);
    }

    /** Whether a folded word is a stop word. */
    public static boolean contains(String foldedWord) {
        return WORDS.contains(foldedWord);
    }
}
