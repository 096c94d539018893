package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.ingest.arabic.ArabicNamingWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.lexicon.Lexicon;

/**
 * Which body (أي وزارة، وش التنظيم، "Which Iranian ministry"): the body noun with its name, in quotes (تنظيم
 * "داعش") or its definite words (وزارة الخارجية الإيرانية).
 */
final class BodyNames {

    /** A body noun with a glued و، ف، ب or ل, no article, its name after it ({@link ArabicNamingWords#bodyNouns()}). */
    private static final Pattern BODY_NOUN = Pattern.compile("(?<![\\p{L}])[وفبل]?("
            + String.join("|", ArabicNamingWords.bodyNouns()) + ")(?![\\p{L}])");
    private static final Pattern QUOTED_NAME = Pattern.compile(NounPhrases.QUOTED);
    private static final Lexicon POLITICS = Lexicon.builtin(Lexicon.POLITICS);

    private BodyNames() {
    }

    /** Whether the question's folded words ask a body by its noun after a which-word at {@code at}. */
    static boolean asks(List<String> words, int at) {
        return AskedByNoun.asksWhich(words, at, BodyNames::body, BodyNames::englishBody);
    }

    private static boolean body(String folded) {
        return ArabicNamingWords.bodyNouns().contains(ArabicTextNormalizer.withoutArticle(folded));
    }

    /** Whether the lexicon translates an English noun by a body noun (ministry → وزارة). */
    private static boolean englishBody(String english) {
        return POLITICS.lookup(english).stream()
                .anyMatch(arabic -> body(ArabicTextNormalizer.normalize(arabic)));
    }

    /**
     * Each body noun of the text with its name: the name in quotes right after it (تنظيم "داعش" → داعش), or else
     * the noun with the definite words after it, its genitive and adjectives (وزارة الخارجية الإيرانية). A noun
     * with the article names a body already named (الوزارة), and one with no definite word after it none.
     */
    static List<Span> in(ArabicTextNormalizer.Folded folded) {
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        Matcher nouns = BODY_NOUN.matcher(f);
        while (nouns.find()) {
            Matcher quoted = QUOTED_NAME.matcher(f).region(nouns.end(), f.length());
            int end = NounPhrases.definiteWordsAfter(f, nouns.end());
            if (quoted.lookingAt()) {
                spans.add(NounPhrases.span(folded, quoted.start(1), quoted.end(1)));
            } else if (end > nouns.end()) {
                spans.add(NounPhrases.span(folded, nouns.start(1), end));
            }
        }
        return spans;
    }
}
