package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.ingest.arabic.ArabicNamingWords;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * What a thing is called (ما اسم العملية، ماذا سمت إيران قواتها، "what label"): news prose sets a coined name in
 * quotes right after the word that names it (لقب "المدافعين عن الحرم"، عملية "ردع العدوان") or inside quotes that
 * open with the noun it names ("عملية ردع العدوان"), and encyclopaedia prose a name in another language after that
 * language and a colon ({@link #inLanguageAsked}). {@link NamedAfterNoun} reads the name written unquoted.
 */
final class CoinedNames {

    /**
     * A word of naming ({@link ArabicNamingWords#namingWords()}, اسم، or a noun a coined name follows: عملية), glued
     * to و، ف، ب or ل, and the ب before the name: لقب "المدافعين عن الحرم"، المعروف بـ"…"، بعملية "ردع العدوان".
     */
    private static final Pattern NAMING_THEN_QUOTED = Pattern.compile("(?<![\\p{L}])[وفبل]?(?:ال)?(?:"
            + String.join("|", ArabicNamingWords.namingWords()) + "|اسم|"
            + String.join("|", ArabicNamingWords.namedNouns()) + ")(?:\\s*ب)?" + NounPhrases.QUOTED);
    /** A coined name whose quotes open with the noun it names: "عملية ردع العدوان" names the operation ردع العدوان. */
    private static final Pattern QUOTED_AFTER_NOUN = Pattern.compile("[\"«“](?:ال)?(?:"
            + String.join("|", ArabicNamingWords.namedNouns()) + ")\\s+((?:[\\p{L}]{2,}\\s?){1,3})[\"»”]");
    /**
     * A language with ب and the article, or after باللغة, a glued و or ف before either, then a colon and the name in
     * that language up to a comma, semicolon or bracket: (بالإنجليزية: Paracetamol)، (باللغة الفرنسية: Mona Lisa، …).
     */
    private static final Pattern NAME_IN_LANGUAGE = Pattern.compile(
            "(?<![\\p{L}])[وف]?(?:بال|باللغه\\s+ال)(\\p{L}{3,})\\s*:\\s*([^،؛,;()\\[\\]]*[^،؛,;()\\[\\]\\s])");

    private CoinedNames() {
    }

    /**
     * Whether the question's folded words ask what a thing is called: a word of naming, Arabic ({@link
     * ArabicNamingWords#asksName}: اسم، ماسم، سمّت) or English ({@link ArabicNamingWords#namesInEnglish}: "called",
     * "label", not "call for").
     */
    static boolean asks(List<String> words) {
        return words.stream().anyMatch(ArabicNamingWords::asksName) || ArabicNamingWords.namesInEnglish(words);
    }

    /** Each coined name of the text, in text order: after a word of naming or inside quotes opening with its noun. */
    static List<Span> in(ArabicTextNormalizer.Folded folded) {
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        SpanFinder.addAll(spans, NAMING_THEN_QUOTED.matcher(f), folded, f, 1);
        SpanFinder.addAll(spans, QUOTED_AFTER_NOUN.matcher(f), folded, f, 1);
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    /**
     * The name in the language the question names, as encyclopaedia prose gives it in brackets after the language
     * and a colon: "ما اسم الموناليزا بالفرنسية؟" of "الموناليزا (باللغة الفرنسية: Mona Lisa، …)", "في اللغة اليونانية"
     * of "(باليونانية: Ἀλέξανδρος ὁ Μέγας؛ …)". Read before any other name, and taken even when the question writes it.
     */
    static Optional<Span> inLanguageAsked(ArabicTextNormalizer.Folded folded, List<String> questionWords) {
        Matcher named = NAME_IN_LANGUAGE.matcher(folded.text());
        while (named.find()) {
            String language = named.group(1);
            if (questionWords.stream().anyMatch(w -> language.equals(ArabicProclitics.withoutArticle(w)))) {
                return Optional.of(NounPhrases.span(folded, named.start(2), named.end(2)));
            }
        }
        return Optional.empty();
    }
}
