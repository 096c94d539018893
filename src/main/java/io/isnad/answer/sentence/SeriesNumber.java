package io.isnad.answer.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;

/**
 * One of a series a question names by a word and the number after it: "Super Bowl XLIX" (سوبر بول 49), "Apollo
 * 11", "State Route 168". A sentence writing the same word before another number ("…للفوز في السوبر بول 33")
 * tells of another of the series, however many of the question's other words it holds: "Who won Super Bowl
 * XLIX?" quoted Elway's win of the 33rd over "ثم هزموا بطل السوبر بول 49…", for "won" reads للفوز in the one and
 * nothing in the other. The English question reaches the Arabic word through its translation, so the series
 * word is read as the forms of the question's term before the number, in either language. A number of four
 * digits or more after a word is a year far more often than a member's number ("نهاية 2009"، "عام 2012"), and
 * a year dates a deed rather than naming one of a series: "في نهاية عام 2009 كم كان تعداد سكان العالم؟" read as
 * the series عام quoted a sentence "…في عام 2009" over the one that counts the world's people at the end of 2009,
 * which writes عام before 2012 (arcd-train tune, in the first build); so neither side reads such a number.
 *
 * @param word the forms of the question's term right before the number (its translations, for an English one)
 * @param number the number as digits (a Roman numeral's value)
 */
public record SeriesNumber(Set<String> word, String number) {

    /** The most digits a member's number is read with: four or more are a year's. */
    private static final int MAX_DIGITS = 3;

    public SeriesNumber {
        word = Set.copyOf(word);
    }

    /**
     * The series members a question's evidence names: each figure of at most {@value #MAX_DIGITS} digits right
     * after a term that is no figure, in the question's order ({@link EvidenceTerm#figure}).
     */
    public static List<SeriesNumber> asked(List<EvidenceTerm> evidence) {
        List<SeriesNumber> asked = new ArrayList<>();
        for (int i = 1; i < evidence.size(); i++) {
            EvidenceTerm term = evidence.get(i);
            EvidenceTerm before = evidence.get(i - 1);
            if (term.figure() && term.label().length() <= MAX_DIGITS && !before.figure()) {
                asked.add(new SeriesNumber(before.forms(), term.label()));
            }
        }
        return asked;
    }

    /** Whether a sentence writes this one: the series word right before this number. */
    public boolean writtenIn(String sentence) {
        return numbersAfterWord(sentence).contains(number);
    }

    /** Whether a sentence writes the series word right before another number, and never before this one. */
    public boolean otherWrittenIn(String sentence) {
        List<String> numbers = numbersAfterWord(sentence);
        return !numbers.isEmpty() && !numbers.contains(number);
    }

    /**
     * The numbers of at most {@value #MAX_DIGITS} digits a sentence writes right after the series word, with or
     * without its article.
     */
    private List<String> numbersAfterWord(String sentence) {
        List<String> words = ArabicTextNormalizer.words(sentence);
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String next = words.get(i);
            String previous = words.get(i - 1);
            if (digits(next) && (word.contains(previous) || word.contains(ArabicProclitics.withoutArticle(previous)))) {
                numbers.add(next);
            }
        }
        return numbers;
    }

    private static boolean digits(String word) {
        return !word.isEmpty() && word.length() <= MAX_DIGITS && word.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
