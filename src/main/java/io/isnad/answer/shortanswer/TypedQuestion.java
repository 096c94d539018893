package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionType;
import io.isnad.ingest.arabic.ArabicPersonTitles;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.lexicon.RomanNumerals;

/**
 * A question as the search for spans reads it ({@link ShortAnswerFinder}), prepared once for the
 * many sentences ranked for it: the kind of answer it asks for, its folded text, and the words whose
 * dual counts two.
 *
 * @param folded the folded question, with the value of each Roman numeral it writes after it: "How
 *        old was Elway in Super Bowl XXXIII?" names the 33 of "السوبر بول 33 في عمر 38", which is what
 *        it asks about, not its answer
 * @param dualOf the question's words of three letters or more, without the article, that are no
 *        stop words ({@link DualCounts#duals})
 * @param named the question's content words ({@link QuestionAnalysis#focus}), with an English
 *        question's Arabic translations where {@link ShortAnswerFinder#find} is given them, without the
 *        article, those of three letters or more and no office's title written with the article: a name among them is
 *        no answer
 * @param holder for an identity who-question, the title and country it names, for a which-noun its
 *        country, for another who-question the title it gives a person it names ({@link TitleHolder}): a name
 *        with another title or country's, or with that given title, is no answer
 * @param asksLeader a who-question writing a verb of leading ({@link ArabicPersonTitles#isLeadingVerb}: "منو جان
 *        يقودهم؟"), whose answer may be the leader a sentence names after "led by"
 */
public record TypedQuestion(QuestionType type, String folded, List<String> dualOf, List<String> named,
        TitleHolder holder, boolean asksLeader) {

    /**
     * A Roman numeral of two letters or more, in its canonical form, as finals, wars and kings are
     * numbered (Super Bowl XXXIII, World War II); one letter is too often a word or an initial.
     */
    private static final Pattern ROMAN = Pattern.compile("(?<![\\p{L}])(?=[MDCLXVI]{2,}(?![\\p{L}]))"
            + "M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\\p{L}])");

    /** The kind of answer {@code question} asks, with {@code focus}, its {@link QuestionAnalysis#focus}. */
    public static TypedQuestion of(String question, QuestionType type, List<String> focus) {
        String folded = withRomanValues(question, ArabicTextNormalizer.normalize(question));
        List<String> asked = new ArrayList<>();
        Matcher q = ArabicTextNormalizer.LETTER_WORD.matcher(folded);
        while (q.find()) {
            String bare = ArabicTextNormalizer.withoutArticle(q.group());
            if (bare.length() >= 3 && !ArabicStopWords.contains(q.group())) {
                asked.add(bare);
            }
        }
        // An office the question writes with the article is a title, no name: "منو الرئيس الايراني" does not name
        // رئيسي. A bare word may be a name's stem (an English question's "Raisi" translated رييس), and stays.
        List<String> named = focus.stream()
                .filter(f -> !(ArabicProclitics.startsWithArticle(f) && ArabicPersonTitles.office(f).isPresent()))
                .map(ArabicTextNormalizer::withoutArticle).filter(f -> f.length() >= 3).toList();
        boolean person = type == QuestionType.PERSON;
        return new TypedQuestion(type, folded, List.copyOf(asked), named,
                person ? TitleHolder.asked(folded, focus) : TitleHolder.NONE, person && asksLeader(folded));
    }

    private static boolean asksLeader(String folded) {
        return ArabicTextNormalizer.LETTER_WORD.matcher(folded).results()
                .anyMatch(w -> ArabicPersonTitles.isLeadingVerb(w.group()));
    }

    /**
     * Whether two Roman letters stand side by side, as every numeral {@link #ROMAN} finds begins: the
     * pattern opens with a look-behind and is tried at each character, and an Arabic question, or an
     * English one without such a pair, need not be searched.
     */
    private static boolean writesTwoRomanLetters(String question) {
        for (int i = 0; i + 1 < question.length(); i++) {
            if (RomanNumerals.isLetter(question.charAt(i)) && RomanNumerals.isLetter(question.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static String withRomanValues(String question, String folded) {
        if (!writesTwoRomanLetters(question)) {
            return folded;
        }
        StringBuilder values = new StringBuilder(folded);
        Matcher m = ROMAN.matcher(question);
        while (m.find()) {
            values.append(' ').append(RomanNumerals.value(m.group()));
        }
        return values.toString();
    }
}
