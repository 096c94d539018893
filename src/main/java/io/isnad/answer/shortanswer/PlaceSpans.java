package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.isnad.ingest.arabic.ArabicPlaceNames;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The places of a text ({@link SpanFinder}): a place named after the noun that introduces it, a
 * side of a larger place, and, as a fallback of the short answer only, a place the lexicon knows
 * right after a preposition.
 */
final class PlaceSpans {

    /**
     * A place named after the noun that introduces it: العاصمة التركية أنقرة، مدينة حلب، بلدة خان السبل
     * (a name of two words after a construct head, {@link ArabicPlaceNames}). Not after موقع: in news it
     * is mostly a website or a position ("موقع وكالة مهر"), seldom a place.
     */
    private static final Pattern NAMED_PLACE = Pattern.compile("(?<![\\p{L}])[وب]?(?:"
            + ArabicQuestionWords.PLACE_NOUNS.stream().filter(noun -> !noun.endsWith("موقع"))
                    .collect(Collectors.joining("|"))
            + ")(?:\\s+ال[\\p{L}]+(?:ي|يه))?\\s+((?:" + ArabicPlaceNames.headAlternation()
            + ")\\s+(?:ال)?[\\p{L}]{2,}|(?:ال)?[\\p{L}]{3,})");
    /**
     * A word right after a preposition (في دمشق، إلى أنقرة، بحلب), and the word after it: where the
     * lexicon knows it as a place ({@link KnownNames#place}), the place a sentence gives without a
     * place noun.
     */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "(?<![\\p{L}])(?:(?:و?(?:" + Stream.of("في", "من", "إلى", "نحو", "قرب").map(ArabicTextNormalizer::normalize)
                    .collect(Collectors.joining("|")) + ")\\s+)|و?ب)([\\p{L}]{3,})(?=(?:\\s+([\\p{L}]{2,}))?)");
    /**
     * A place given by its side of a larger one: في غرب آسيا، في الشمال الغربي من القارة، بشمال
     * سوريا. It answers "where" as a named place does, and is often the whole of what a sentence says.
     */
    private static final String SIDE = "(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)(?:ي|يه)?";
    private static final Pattern SIDE_OF_PLACE = Pattern.compile("(?<![\\p{L}])و?(?:في\\s+|ب)(" + SIDE + "(?:\\s+"
            + SIDE + ")?(?:\\s+من)?\\s+(?:ال)?[\\p{L}]{3,})");

    private PlaceSpans() {
    }

    /** The places a place noun or a side introduces, in text order. */
    static List<Span> find(ArabicTextNormalizer.Folded folded) {
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        SpanFinder.addAll(spans, NAMED_PLACE.matcher(f), folded, f, 1);
        List<Span> sides = new ArrayList<>();
        SpanFinder.addAll(sides, SIDE_OF_PLACE.matcher(f), folded, f, 1);
        // "في الجنوب الغربي على…": a side with no place after it is no answer.
        sides.removeIf(s -> ArabicStopWords.contains(s.folded().substring(s.folded().lastIndexOf(' ') + 1)));
        spans.addAll(sides);
        spans.sort(Comparator.comparingInt(Span::start));
        spans.removeIf(s -> ArabicStopWords.contains(s.folded()) || ArabicQuestionWords.PLACE_NOUNS.contains(s.folded())
                || describesPlace(s.folded()));
        return spans;
    }

    /**
     * The places of {@code text} that the lexicon knows, right after a preposition, in text order (a
     * name of two words first: ريف دمشق). They answer a where-question whose sentence names no place
     * after a place noun; they are not among {@link SpanFinder#find}'s spans, which rank sentences too
     * ({@link ShortAnswerFinder#holdsAnswer}).
     */
    static List<Span> knownPlaces(String text) {
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(text);
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        Matcher m = AFTER_PREPOSITION.matcher(f);
        while (m.find()) {
            int end = m.group(2) != null && KnownNames.place(m.group(1) + " " + m.group(2)) ? m.end(2)
                    : KnownNames.place(m.group(1)) && !placeNoun(m.group(1)) ? m.end(1) : -1;
            if (end > 0) {
                spans.add(new Span(folded.start(m.start(1)), folded.end(end), f.substring(m.start(1), end)));
            }
        }
        return spans;
    }

    /**
     * Whether the one word after a place noun says what the place is like or does rather than naming it:
     * a verb ("دولة ويوجه ضربات") or an adjective in the nisba or feminine ending that agrees with an
     * indefinite noun ("دولة عربية"، "منطقة قريبة"، "دول أخرى"). A place the lexicon knows (غزة، دبي) is a
     * name whatever its ending, unless it is a people's adjective (عربية); a word with the article (حي
     * الجمالية) is left as it is.
     */
    private static boolean describesPlace(String word) {
        if (word.indexOf(' ') >= 0 || word.startsWith("ال") || KnownNames.place(word) && !KnownNames.demonym(word)) {
            return false;
        }
        return ArabicRootSkeleton.looksConjugated(word) || word.endsWith("ه") || word.endsWith("ي");
    }

    /** منطقة، المنطقة: the lexicon translates "region", but the word names no place by itself. */
    private static boolean placeNoun(String word) {
        return ArabicQuestionWords.PLACE_NOUNS.contains(ArabicTextNormalizer.withoutArticle(word));
    }
}
