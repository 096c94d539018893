package io.isnad.answer.abstain;

import java.util.ArrayList;
import java.util.List;

import io.isnad.answer.AskedQuestion;
import io.isnad.ingest.arabic.ArabicNumberWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The check of an answer that declines it whatever the abstention model says when the question asks about
 * one of a series (الحرب العالمية الأولى، القرن الثالث) and the quoted sentences write another of it. One
 * kind of {@link Decline}; the others are in {@link Declines}, {@link CountDeclines}, {@link OfficeDeclines},
 * {@link TimeDeclines}, {@link NumberDeclines} and {@link ReportDeclines}.
 */
public final class OrdinalDeclines {

    /** A word of fewer letters before an ordinal is a particle (في الأول), not a series the ordinal counts. */
    private static final int MIN_LETTERS = 3;

    private OrdinalDeclines() {
    }

    /**
     * A word of a text followed by a definite ordinal ({@link ArabicNumberWords#ordinalPlace}): the series
     * and the place in it the text names.
     */
    record Place(String word, int place) {
    }

    /**
     * Whether an Arabic question names a word followed by a definite ordinal ("متى انتهت الحرب العالمية
     * الأولى؟") and the quoted sentences write that word followed by another ordinal but never by the asked
     * one ("الحرب العالمية الثانية هي حرب دولية…"): they tell of another of the series, as {@link
     * TimeDeclines#otherDay} reasons of another day. Counted on the tuning parts: one arcd near miss and one
     * arcd-train question answered with the second war's sentence, no hit (docs/answers.md, "near41").
     */
    public static boolean otherOrdinal(AskedQuestion question, List<String> quoted) {
        if (question.english() || quoted.isEmpty()) {
            return false;
        }
        List<Place> asked = places(question.analysis().words());
        if (asked.isEmpty()) {
            return false;
        }
        List<Place> written = new ArrayList<>();
        quoted.forEach(sentence -> written.addAll(places(ArabicTextNormalizer.words(sentence))));
        return asked.stream().anyMatch(place -> !written.contains(place)
                && written.stream().anyMatch(w -> w.word().equals(place.word())));
    }

    /**
     * Whether a sentence writes a word of an Arabic question followed by the same definite ordinal the question
     * puts after it ("الحرب العالمية الأولى" for "متى انتهت الحرب العالمية الأولى؟"): it tells of the one of the
     * series asked, which {@link #otherOrdinal} never declines.
     */
    public static boolean writesAsked(AskedQuestion question, String sentence) {
        if (question.english()) {
            return false;
        }
        List<Place> written = places(ArabicTextNormalizer.words(sentence));
        return places(question.analysis().words()).stream().anyMatch(written::contains);
    }

    /** Whether a question names a word followed by a definite ordinal, so that its quoted sentences are read. */
    public static boolean namesPlace(AskedQuestion question) {
        return !question.english() && !places(question.analysis().words()).isEmpty();
    }

    /** The places in a series that folded words ({@link ArabicTextNormalizer#words}) name. */
    static List<Place> places(List<String> words) {
        List<Place> places = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            int place = ArabicNumberWords.ordinalPlace(words.get(i));
            String word = words.get(i - 1);
            if (place > 0 && word.length() >= MIN_LETTERS && ArabicNumberWords.ordinalPlace(word) == 0) {
                places.add(new Place(word, place));
            }
        }
        return places;
    }
}
