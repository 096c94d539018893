package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.isnad.ingest.arabic.ArabicSourceWords;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * Which outlet reported it (أي وكالة، "which news agency"): news prose sets an outlet's name in quotes right after
 * its noun (نقلت وكالة "فارس") or, a foreign agency's, unquoted (بحسب وكالة فرانس برس).
 */
final class OutletNames {

    /** An outlet noun, with a glued و، ف، ب or ل, and "أنباء" after it: بحسب وكالة "مهر"، وكالة الأنباء "X". */
    private static final Pattern OUTLET_THEN_QUOTED = Pattern.compile("(?<![\\p{L}])[وفبل]?(?:"
            + String.join("|", ArabicSourceWords.outlets()) + ")(?:\\s+(?:ال)?انباء)?" + NounPhrases.QUOTED);
    /**
     * An outlet noun and its name unquoted, one to three words of no article up to a stop: "(بحسب وكالة فرانس برس)".
     * News writes a foreign agency's name so; a name with the article (وكالة الأنباء الرسمية) is a description.
     */
    private static final Pattern OUTLET_THEN_NAME = Pattern.compile("(?<![\\p{L}])[وفبل]?(?:"
            + String.join("|", ArabicSourceWords.outlets()) + ")\\s+((?:(?!ال)\\p{L}{2,}\\s?){1,3})(?=[\\p{P}]|$)");
    private static final Set<String> ENGLISH_OUTLETS = Set.of("agency", "outlet");

    private OutletNames() {
    }

    /**
     * Whether the question's folded words ask an outlet at {@code at}: its noun right after a which-word or after
     * its modifiers ("أي وكالة"، "which Iranian outlet"), or after a what-word with the article ("وش الموقع"). An
     * outlet named any other way is what the question is about, not what it asks ("ماذا قالت وكالة فارس").
     */
    static boolean asks(List<String> words, int at) {
        return AskedByNoun.asksWhich(words, at, OutletNames::outlet, ENGLISH_OUTLETS::contains);
    }

    private static boolean outlet(String folded) {
        return ArabicSourceWords.of(folded).filter(k -> k == ArabicSourceWords.Kind.OUTLET).isPresent();
    }

    /**
     * Each outlet's name of the text: in quotes right after its noun (وكالة "مهر"), then unquoted (بحسب وكالة
     * فرانس برس), neither with a stop word.
     */
    static List<Span> in(ArabicTextNormalizer.Folded folded) {
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        SpanFinder.addAll(spans, OUTLET_THEN_QUOTED.matcher(f), folded, f, 1);
        SpanFinder.addAll(spans, OUTLET_THEN_NAME.matcher(f), folded, f, 1);
        spans.removeIf(s -> ArabicTextNormalizer.words(s.folded()).stream().anyMatch(ArabicStopWords::contains));
        return spans;
    }
}
