package io.isnad.answer.abstain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.shortanswer.ShortAnswerFinder;
import io.isnad.answer.shortanswer.Span;
import io.isnad.answer.shortanswer.SpanFinder;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;

/**
 * Whether the sentence that answers a how-many question gives a number of what the question
 * counts: "كم عدد الجرحى" over "قُتل 89 شخصاً" finds a number, but not one of the wounded; "How
 * many people live in Tehran?" over a sentence that gives a sum of money finds none. A number is
 * tied to the counted noun when the noun, a word of its root or a news synonym of it
 * ({@link ShortAnswerFinder#tiesTo}) stands within {@value #AFTER} words after the number ("89
 * قتيلاً", "3 ملايين نسمة", "20 من المدنيين") or {@value #BEFORE} before it ("عدد الجرحى بلغ 277",
 * "قُتل 20"), in the same clause and with no other figure or standalone و between ("89 قتيلاً و277
 * جريحاً": the dead are not 277).
 */
public final class CountTie {

    /** How many words after a number may name what it counts. */
    static final int AFTER = 3;
    /** How many words before a number may name what it counts (its governing noun or verb). */
    static final int BEFORE = 2;
    /**
     * Words, figures, and the punctuation that ends a clause; a standalone و begins another item.
     * Brackets and quotes do not: "العرقلات (118)" counts the tackles.
     */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}]+|\\d+|[،؛,;.:!?]");

    private CountTie() {
    }

    /**
     * The Arabic forms of what {@code question} counts ({@link QuestionAnalyzer#countedWords}): the
     * noun itself in an Arabic question, the translations the query found for its words in an
     * English one. Empty when the question counts nothing named, or its English words went
     * untranslated.
     */
    public static List<String> counted(String question, List<EvidenceTerm> evidence, boolean english) {
        List<String> words = QuestionAnalyzer.countedWords(question);
        if (!english) {
            return words;
        }
        List<String> forms = new ArrayList<>();
        for (EvidenceTerm term : evidence) {
            if (List.of(term.label().toLowerCase(Locale.ROOT).split("\\s+")).stream().anyMatch(words::contains)) {
                term.forms().stream().filter(CountTie::arabic).forEach(forms::add);
            }
        }
        return List.copyOf(forms);
    }

    private static boolean arabic(String form) {
        return !form.isEmpty() && Character.UnicodeBlock.of(form.charAt(0)) == Character.UnicodeBlock.ARABIC;
    }

    /**
     * Whether a number of {@code sentence} is tied to one of the {@code counted} forms of
     * {@code question}. A sentence without a figure may count two with the dual of a question
     * word (فريقين for "كم عدد الفرق"), as the short answer reads it.
     */
    public static boolean tied(String sentence, List<String> counted, String question) {
        if (counted.isEmpty()) {
            return false;
        }
        List<Span> numbers = SpanFinder.find(sentence, QuestionType.NUMBER);
        if (numbers.isEmpty()) {
            return ShortAnswerFinder.holdsAnswer(sentence, ShortAnswerFinder.TypedQuestion.of(question,
                    QuestionType.NUMBER));
        }
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(sentence);
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(folded.text());
        while (m.find()) {
            int start = folded.start(m.start());
            int end = folded.end(m.end());
            boolean inNumber = numbers.stream().anyMatch(s -> start >= s.start() && end <= s.end());
            tokens.add(new Token(start, m.group(), inNumber || Character.isDigit(m.group().charAt(0)),
                    !Character.isLetterOrDigit(m.group().charAt(0)) || m.group().equals("و")));
        }
        for (Span number : numbers) {
            if (tiedAfter(number, tokens, counted) || tiedBefore(number, tokens, counted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean tiedAfter(Span number, List<Token> tokens, List<String> counted) {
        int words = 0;
        for (Token t : tokens) {
            if (t.start() < number.end()) {
                continue;
            }
            if (t.breaks() || t.number() || words++ >= AFTER) {
                return false;
            }
            if (ShortAnswerFinder.tiesTo(t.folded(), counted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean tiedBefore(Span number, List<Token> tokens, List<String> counted) {
        int words = 0;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.start() >= number.start()) {
                continue;
            }
            if (t.breaks() || t.number() || words++ >= BEFORE) {
                return false;
            }
            if (ShortAnswerFinder.tiesTo(t.folded(), counted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A token of the sentence: where it starts in the original, its folded text, whether it is
     * (part of) a number, and whether it ends a clause.
     */
    private record Token(int start, String folded, boolean number, boolean breaks) {
    }
}
