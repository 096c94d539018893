package io.isnad.answer.abstain;

import java.util.List;
import java.util.function.Predicate;

import io.isnad.index.IndexField;
import io.isnad.index.Snapshot;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicRootSkeleton;

/**
 * The words of an Arabic question that begin with a one-letter proclitic (و ف ب ل ك, not before the
 * article: {@link ArabicProclitics#withoutProclitic}, {@link ArabicRootSkeleton#carriesArticle}) and
 * that no chunk of the corpus writes as typed. The light stemmer reads such a word without its first
 * letter and folds the rest onto some stem the corpus holds (بمكانها → مك) or keeps it whole; either way
 * the article's evidence check rarely settles it. A question asked in the words of its articles writes a
 * proclitic word that they write too, or one whose stem the judged article holds (لاستخدامه beside
 * استخدام); one the corpus never writes and the judged article never stems to is a name or term the
 * articles never mention: a name whose first letter is also a proclitic (لوثار، لايلامه) or a word glued
 * to one (ومجلس). A word with a glued pronoun ({@link ArabicRootSkeleton#carriesPronoun}: لقائهما, "their
 * meeting") is left out: a name takes no possessive, and such a word is the question's own phrasing of
 * what the article says otherwise (the meeting an article calls الاجتماع); one whose word without the
 * pronoun no chunk writes either is {@link UnwrittenPronounWords}'. {@link
 * SentenceJudge#unwrittenCliticWord} weighs them (docs/answers.md, "near35").
 */
final class UnwrittenCliticWords {

    /**
     * The fewest letters of such a word: a shorter one is as often a particle glued to a word (ليتم، وحده)
     * or a word the n-gram field does not keep whole, so its absence could not be told.
     */
    static final int MIN_LETTERS = 5;
    /** The conjunction "and" of {@link ArabicProclitics#CONJUNCTIONS}: what joins a second thing to a question's. */
    private static final char CONJUNCTION = ArabicProclitics.CONJUNCTIONS.charAt(0);

    private UnwrittenCliticWords() {
    }

    /**
     * The folded words of {@code question} that begin with a proclitic, carry no glued pronoun of two
     * letters or more, and that no chunk writes as typed.
     */
    static List<String> of(QuestionWords question, Snapshot corpus) {
        return question.arabic().stream()
                .filter(word -> word.length() >= MIN_LETTERS && ArabicProclitics.withoutProclitic(word).isPresent()
                        && !ArabicRootSkeleton.carriesArticle(word) && !ArabicRootSkeleton.carriesPronoun(word))
                .distinct()
                .filter(word -> corpus.docFreq(IndexField.GRAMS, word) == 0)
                .toList();
    }

    /**
     * Of {@code unwritten} (as {@link #of} gives them), the words glued to the conjunction و that {@code
     * unwrittenInside} (no chunk writes them even inside a longer word) and whose word without it some chunk
     * writes: a word of the corpus joined to the question's (طريقة ومجلس, where the articles write مجلس but
     * nothing with ومجل). A word whose first و is its own is written inside the article's forms of it (وطنية in
     * الوطنية), and one glued to a preposition (لاستخدامه، لقياس) is the question's phrasing of a purpose or a
     * means, which the sentence says otherwise (docs/answers.md, "near64").
     */
    static List<String> conjoined(List<String> unwritten, Snapshot corpus, Predicate<String> unwrittenInside) {
        return unwritten.stream().filter(word -> word.charAt(0) == CONJUNCTION)
                .filter(word -> corpus.docFreq(IndexField.GRAMS, word.substring(1)) > 0)
                .filter(unwrittenInside)
                .toList();
    }
}
