package io.isnad.answer.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicDialectWords;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.LanguageDetector;

/**
 * Tells what kind of answer a question asks for from its question words: the first question word
 * decides, and a "which/what X" question is typed by its noun (أي مدينة، ما عدد، which year). The
 * rules look at question words and a few nouns only, never at particular questions.
 */
public final class QuestionAnalyzer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+|\\p{Nd}+");
    /** How far into the question a question word is looked for ("وفي أي عام…", "And in which year…"). */
    static final int LEAD_WORDS = 4;

    private QuestionAnalyzer() {
    }

    /**
     * Whether a question's head ({@link QuestionAnalysis#head}) names a body of people (which group,
     * what team, أي حزب، ما الفريق…) rather than a person.
     */
    static boolean namesABody(String head) {
        return EnglishQuestionTyper.EN_BODY_NOUNS.contains(head) || ArabicQuestionWords.BODY_NOUNS.contains(head)
                || ArabicQuestionWords.BODY_NOUNS.contains(ArabicTextNormalizer.withoutArticle(head));
    }

    /** The type and focus words of {@code question}. */
    public static QuestionAnalysis analyze(String question) {
        List<String> all = words(question);
        boolean english = isLatin(all);
        // An English question is typed by its main clause: "When he saw Assad, did they…" asks yes or no.
        String asked = english ? EnglishQuestionTyper.pastFrontedClause(question) : question;
        List<String> words = asked.equals(question) ? all : words(asked);
        List<String> shown = english ? shownWords(asked) : List.of();
        Typing typing = english ? EnglishQuestionTyper.type(words, shown) : ArabicQuestionTyper.type(words);
        QuestionType type = typing.type();
        String counted = type == QuestionType.NUMBER ? ArabicQuestionTyper.counted(words) : "";
        String tallied = type != QuestionType.NUMBER ? "" : english ? EnglishQuestionTyper.tallied(words)
                : ArabicQuestionTyper.tallied(words, counted);
        String head = english ? EnglishQuestionTyper.head(words, shown) : ArabicQuestionTyper.head(words);
        boolean asksNameOfHead = english ? EnglishQuestionTyper.asksNameOf(words)
                : ArabicQuestionTyper.asksNameOf(words);
        boolean untypedEnglish = english && type == QuestionType.OTHER;
        QuestionType searchBoxKind = untypedEnglish ? EnglishQuestionTyper.searchBoxKind(words) : QuestionType.OTHER;
        QuestionType lateType = untypedEnglish && !asksNameOfHead
                ? EnglishQuestionTyper.lateType(words, shown) : QuestionType.OTHER;
        List<String> folded = ArabicTextNormalizer.words(question);
        return new QuestionAnalysis(type, focus(all), counted, tallied, typing.byNoun(), typing.asksName(),
                asksNameOfHead, head, searchBoxKind, lateType, folded, ArabicCalendarWords.monthsAsked(folded),
                ArabicCalendarWords.dayOfMonth(folded), ArabicCalendarWords.weekdays(folded));
    }

    /**
     * Whether a question asks for places in the plural (ما الدول التي…، which countries…): the
     * answer lists several ("الكويت والمملكة العربية السعودية"), so no one place span answers it,
     * though the sentence that does holds places as any where-question's does.
     */
    public static boolean asksSeveralPlaces(QuestionAnalysis analysis) {
        return analysis.type() == QuestionType.PLACE
                && (EnglishQuestionTyper.EN_PLACE_PLURALS.contains(analysis.head())
                        || ArabicQuestionWords.PLACE_PLURALS.contains(analysis.head()));
    }

    private static List<String> focus(List<String> words) {
        List<String> focus = new ArrayList<>();
        for (String w : words) {
            String bare = ArabicQuestionTyper.questionWord(w);
            if (!EnglishQuestionTyper.EN_STOP.contains(w) && !ArabicStopWords.contains(w)
                    && !ArabicStopWords.contains(bare)) {
                focus.add(w);
            }
        }
        return focus;
    }

    /**
     * Folded, lower-cased words of {@code text}, an opening "is it true that" read as هل and the Iraqi "was" after
     * a question word as كان ({@link ArabicDialectWords#standardWas}: "شنو جان ردّه؟" is typed and headed as "شنو كان
     * ردّه؟").
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(ArabicQuestionWords.withTruthOpenerAsYesNo(ArabicTextNormalizer.normalize(text))
                .toLowerCase(Locale.ROOT));
        while (m.find()) {
            String word = m.group();
            words.add(words.isEmpty() ? word : ArabicDialectWords.standardWas(words.getLast(), word).orElse(word));
        }
        return words;
    }

    /**
     * The words of {@code text} as written, case kept, one for each of {@link #words} in an English
     * question (its folding only lower-cases Latin letters and drops Arabic marks).
     */
    private static List<String> shownWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static boolean isLatin(List<String> words) {
        return LanguageDetector.ENGLISH.equals(LanguageDetector.ofWords(words));
    }
}
