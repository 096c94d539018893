package io.isnad.eval;

import java.util.List;
import java.util.regex.Pattern;

import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * Decides whether an answer contains a gold answer string. Both sides are folded the way the
 * question-set format prescribes (diacritics and tatweel removed, alef/ya/ta-marbuta unified,
 * digits unified, Latin case-folded) by the same normaliser retrieval uses, so the runner and the
 * service never disagree about what "the same word" is.
 */
public final class AnswerMatcher {

    /** The {@code [n]} citation markers are references, not answer text. */
    private static final Pattern CITATION_MARKER = Pattern.compile("\\s*\\[\\d+]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AnswerMatcher() {
    }

    /** Whether any of {@code gold} occurs in {@code answer} after normalisation. */
    public static boolean hit(String answer, List<String> gold) {
        String folded = normalize(answerText(answer));
        return gold.stream().map(AnswerMatcher::normalize).anyMatch(g -> !g.isEmpty() && folded.contains(g));
    }

    /** The answer without its citation markers: what a reader reads. */
    public static String answerText(String answer) {
        return CITATION_MARKER.matcher(answer).replaceAll("").strip();
    }

    static String normalize(String text) {
        return SPACES.matcher(ArabicTextNormalizer.normalize(text)).replaceAll(" ").strip();
    }
}
