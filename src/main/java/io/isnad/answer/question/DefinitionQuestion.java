package io.isnad.answer.question;

import java.util.List;

import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * A question that asks what or who something is, whose answer is the sentence that defines its term:
 * such a sentence opens with the term, while sentences that only name it further on are about
 * something else.
 */
public final class DefinitionQuestion {

    /** What a definition question asks about is a name or a term of at most this many words, not a clause. */
    private static final int DEFINED_WORDS = 4;

    private DefinitionQuestion() {
    }

    /**
     * Whether an Arabic question asks what or who something is: ما or من with a pronoun (ما هو، من هي،
     * ماهو) or with a noun of meaning (ما معنى، ما المقصود ب), then, up to the question mark, one word
     * or a term of at most {@value #DEFINED_WORDS} words opening with the article, nouns and adjectives
     * only ("ما هو الباراسيتامول؟"، "من هو عيسى؟"، "ما هو الاضطراب الوسواسي القهري؟"). A relative
     * pronoun, a preposition or another stop word makes it ask for something said about the term ("ما
     * هي الدولة التي تحد العراق؟"، "ما هي الحدود في الشمال؟"), and so does a construct, whose first noun
     * never takes the article: "من هو والد عمر المختار؟" and "ما هو اسم الإمام الشافعي؟" ask for a
     * father and a name, not what the man is.
     */
    public static boolean asks(String question) {
        int mark = question.indexOf('؟') >= 0 ? question.indexOf('؟') : question.indexOf('?');
        List<String> words = QuestionAnalyzer.words(mark >= 0 ? question.substring(0, mark) : question);
        int start = definedTermStart(words);
        if (start < 0 || words.size() == start || words.size() - start > DEFINED_WORDS) {
            return false;
        }
        List<String> term = words.subList(start, words.size());
        if (term.stream().anyMatch(w -> ArabicStopWords.containsGlued(w) || ArabicStopWords.isRelativePronoun(w))) {
            return false;
        }
        String first = term.get(0);
        return term.size() == 1 || !ArabicTextNormalizer.withoutArticle(first).equals(first);
    }

    /**
     * Whether an Arabic question opens by asking what a term means: ما and a noun of meaning, then the term ("ما
     * معنى سنة شمسية؟"، "ما المقصود بالتضخم؟"), whatever the term's shape: a construct, which {@link #asks} leaves
     * out, is a term too when its meaning is asked.
     */
    public static boolean asksMeaning(String question) {
        List<String> words = QuestionAnalyzer.words(question);
        return words.size() > 2 && opensWithMeaningNoun(words);
    }

    /** Whether folded question words open with ما and a noun of meaning (ما معنى، ما تعريف، ما المقصود). */
    private static boolean opensWithMeaningNoun(List<String> words) {
        return words.size() > 1 && words.get(0).equals(ArabicQuestionWords.WHAT_PLAIN)
                && ArabicQuestionWords.MEANING_NOUNS.contains(words.get(1));
    }

    /** Where a what-is question's term starts (after ماهو، ما هو، من هي، ما معنى), or -1 for another question. */
    private static int definedTermStart(List<String> words) {
        if (words.isEmpty()) {
            return -1;
        }
        String first = words.get(0);
        if (ArabicQuestionWords.WHAT_IS.contains(first)) {
            return 1;
        }
        String second = words.size() > 1 ? words.get(1) : "";
        boolean pronoun = ArabicQuestionWords.DEFINING.contains(first)
                && ArabicQuestionWords.DEFINING_PRONOUNS.contains(second);
        return pronoun || opensWithMeaningNoun(words) ? 2 : -1;
    }
}
