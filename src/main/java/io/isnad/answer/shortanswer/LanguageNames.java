package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.answer.question.EnglishQuestionTyper;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/** A language (بيا لغة، "what language"): الفارسية of باللغة الفارسية. */
final class LanguageNames {

    /**
     * A language after its noun with the article, the ب of "in" glued or not: باللغة الفارسية، اللغة الإنجليزية.
     * The noun without it is the name's own first word, its genitive after it (بلغة الإشارة الأمريكية): {@link
     * #INDEFINITE_LANGUAGE}.
     */
    private static final Pattern LANGUAGE_AFTER_NOUN = Pattern.compile(
            "(?<![\\p{L}])[وف]?(?:بال|ال)لغه\\s+(ال\\p{L}{3,})");
    private static final Pattern INDEFINITE_LANGUAGE = Pattern.compile("(?<![\\p{L}])[وف]?ب?(لغه)(?=\\s+ال)");
    /**
     * A question word asking a language, folded: لغة with the article or a glued ب (بيا لغة، باللغة), or with a
     * pronoun (لغته). Not بلغته, which is also "reached it" (المستوى الذي بلغته).
     */
    private static final Pattern LANGUAGE_WORD = Pattern.compile("[وف]?(?:(?:بال|ال|ب)?لغه|لغت(?:ه|ها))");
    private static final String ENGLISH_LANGUAGE = "language";

    private LanguageNames() {
    }

    /**
     * Whether the question's folded words ask a language at {@code at} (بيا لغة، "what language"; not
     * "Persian-language outlets" nor "did sign language").
     */
    static boolean asks(List<String> words, int at) {
        return LANGUAGE_WORD.matcher(words.get(at)).matches()
                || EnglishQuestionTyper.WHICH_WORDS.contains(words.get(at))
                && AskedByNoun.englishNounAfter(words, at, ENGLISH_LANGUAGE::equals);
    }

    /** Each language the text names after its noun: الفارسية of باللغة الفارسية، لغة الإشارة الأمريكية whole. */
    static List<Span> in(ArabicTextNormalizer.Folded folded) {
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        SpanFinder.addAll(spans, LANGUAGE_AFTER_NOUN.matcher(f), folded, f, 1);
        Matcher indefinite = INDEFINITE_LANGUAGE.matcher(f);
        while (indefinite.find()) {
            spans.add(NounPhrases.span(folded, indefinite.start(1),
                    NounPhrases.definiteWordsAfter(f, indefinite.end(1))));
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }
}
