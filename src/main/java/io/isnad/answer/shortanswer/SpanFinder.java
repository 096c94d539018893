package io.isnad.answer.shortanswer;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.answer.question.QuestionType;
import io.isnad.index.Caches;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * Finds the spans of a text that can answer a typed question: dates and times (both digit systems,
 * both month naming systems, weekdays, relative days, clock times, decades, centuries, periods of
 * years), numbers (digits and number words, with their scale and unit, a duration with its unit of
 * time), names introduced by a title, and places introduced by a place noun. Matching runs on folded text and the
 * offsets are mapped back, so each span is an exact substring of the original. Each kind has its
 * own finder ({@link DateSpans}, {@link NumberSpans}, {@link PersonSpans}, {@link PlaceSpans});
 * this class dispatches by the asked type and keeps what was found.
 */
public final class SpanFinder {

    /**
     * Spans found before, by sentence and type. Every question about an article reads its best
     * sentences again, and these patterns cost a quarter of answering one on the seed articles;
     * the spans depend on nothing else, so a found entry is never stale. Bounded to a few MB.
     */
    private static final Cache<Sentence, List<Span>> FOUND = Caches.builder().maximumSize(20_000).build();

    private SpanFinder() {
    }

    private record Sentence(String text, QuestionType type) {
    }

    /** The spans of {@code text} that can answer a question of {@code type}, in text order. */
    public static List<Span> find(String text, QuestionType type) {
        return FOUND.get(new Sentence(text, type), key -> List.copyOf(scan(key.text(), key.type())));
    }

    /**
     * The day or year of a calendar date is no count: "بدأت في 18 يونيو عام 1994" holds no answer
     * to "كم فيلماً…", and a sentence holding only such figures answers no how-many question. A year
     * alone (عام 1994، 1388) stays a figure: it may be a count.
     *
     * @param spans number spans of {@code sentence}
     * @return the spans that lie in no calendar date of the sentence
     */
    public static List<Span> notInCalendarDates(String sentence, List<Span> spans) {
        return outside(sentence, spans, DateChoice::calendarDate);
    }

    /**
     * {@link #notInCalendarDates}, and a year written with a word (عام 2020، منذ سنة 2011): where a query typed as
     * into a search box names a count ("turkish troops idlib ceasefire how many", read by the count declines), such
     * a year is no count it can mean; a bare year ("منذ 2020") may still be one.
     *
     * @param spans number spans of {@code sentence}
     * @return the spans that lie in no date of the sentence written with a word
     */
    public static List<Span> notInWrittenDates(String sentence, List<Span> spans) {
        return outside(sentence, spans,
                date -> ArabicTextNormalizer.LETTER_WORD.matcher(date.folded()).find());
    }

    private static List<Span> outside(String sentence, List<Span> spans, Predicate<Span> date) {
        List<Span> dates = find(sentence, QuestionType.DATE).stream().filter(date).toList();
        if (dates.isEmpty()) {
            return spans;
        }
        return spans.stream().filter(s -> dates.stream().noneMatch(d -> d.start() <= s.start() && s.end() <= d.end()))
                .toList();
    }

    /**
     * The places of {@code text} that the lexicon knows, right after a preposition ({@link
     * PlaceSpans#knownPlaces}): not among {@link #find}'s spans.
     */
    public static List<Span> knownPlaces(String text) {
        return PlaceSpans.knownPlaces(text);
    }

    /**
     * Every word or name of {@code text} that may say where, folded ({@link PlaceSpans#mayBePlaces}): the
     * places it names, the words after its prepositions of place, and, when {@code described}, the places it only
     * describes by their kind's noun (المستشفى العسكري).
     */
    public static List<String> mayBePlaces(String text, boolean described) {
        return PlaceSpans.mayBePlaces(text, described);
    }

    /**
     * Whether {@code text} names a person: a name after its title or in news apposition ({@link #find}), or one
     * written bare ({@link PersonSpans#namesUntitled}).
     */
    public static boolean namesPerson(String text) {
        return !find(text, QuestionType.PERSON).isEmpty() || PersonSpans.namesUntitled(text);
    }

    private static List<Span> scan(String text, QuestionType type) {
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(text);
        return switch (type) {
            case DATE -> DateSpans.find(folded);
            case NUMBER -> NumberSpans.find(text, folded);
            case PLACE -> PlaceSpans.find(folded);
            case PERSON -> PersonSpans.find(text, folded);
            default -> List.of();
        };
    }

    /** Adds a span for each match of {@code m} over the folded text {@code f} (its group {@code group}), trailing spaces left out. */
    static void addAll(List<Span> spans, Matcher m, ArabicTextNormalizer.Folded folded, String f, int group) {
        while (m.find()) {
            int s = m.start(group);
            int e = m.end(group);
            while (e > s && Character.isWhitespace(f.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                spans.add(new Span(folded.start(s), folded.end(e), f.substring(s, e)));
            }
        }
    }

    /** The index in the folded text of the character at {@code originalStart} in the original. */
    static int indexOf(ArabicTextNormalizer.Folded folded, int originalStart) {
        int i = 0;
        while (folded.start(i) < originalStart) {
            i++;
        }
        return i;
    }
}
