package io.isnad.answer.abstain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.isnad.answer.AskedQuestion;
import io.isnad.ingest.arabic.ArabicPlurals;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The check of an answer that declines it whatever the abstention model says when an Arabic question asks of
 * one noun alone, in the dual or a sound plural (متى منطقتان؟، ماهو ذوات؟), and the quoted sentences write that
 * noun only in the singular. One kind of {@link Decline}; the others are in {@link Declines}, {@link
 * CountDeclines}, {@link OfficeDeclines}, {@link OrdinalDeclines}, {@link TimeDeclines} and {@link ReportDeclines}.
 */
public final class NumberDeclines {

    private NumberDeclines() {
    }

    /**
     * Whether an Arabic question, not a follow-up, whose one word besides its question and function words is a
     * noun in the dual or a sound plural ({@link ArabicPlurals#soundSingulars}), is answered by quoted sentences
     * that write its singular and never the asked form. A question of one noun names what it asks about by that
     * noun alone; a sentence naming one of it (في منطقة الخليج) tells of another thing than the two or the many
     * asked, as {@link OrdinalDeclines#otherOrdinal} reasons of another of a series. Counted on the tuning
     * parts: two arcd near misses (منطقتان، ذوات) and none of the 16 answered one-word questions of the
     * answerable sets, whose quoted sentences write the asked word (docs/answers.md, "near42").
     */
    public static boolean otherNumber(AskedQuestion question, List<String> quoted) {
        // Tested first: none is quoted unless Declines.readsQuoted, which read the question's words, found a check.
        if (quoted.isEmpty()) {
            return false;
        }
        Optional<String> noun = numberedNoun(question);
        if (noun.isEmpty()) {
            return false;
        }
        Set<String> singulars = ArabicPlurals.soundSingulars(noun.get());
        List<String> written = quoted.stream().flatMap(sentence -> ArabicTextNormalizer.words(sentence).stream())
                .map(ArabicProclitics::withoutArticle).toList();
        return !written.contains(noun.get()) && written.stream().anyMatch(singulars::contains);
    }

    /** Whether a question asks of one noun in the dual or a sound plural, so that its quoted sentences are read. */
    public static boolean asksNumberedNoun(AskedQuestion question) {
        return numberedNoun(question).isPresent();
    }

    /**
     * The question's one word, folded and without the article, when it is Arabic, not a follow-up, and that
     * word is its only one besides question and function words and ends as a dual or a sound plural.
     */
    private static Optional<String> numberedNoun(AskedQuestion question) {
        if (question.english() || question.previous().isPresent()) {
            return Optional.empty();
        }
        List<String> asked = question.analysis().words().stream()
                .filter(word -> ArabicRootSkeleton.isArabic(word) && !ArabicStopWords.contains(word)
                        && !ArabicQuestionWords.ALL.contains(word))
                .toList();
        if (asked.size() != 1) {
            return Optional.empty();
        }
        String noun = ArabicProclitics.withoutArticle(asked.getFirst());
        return ArabicPlurals.soundSingulars(noun).isEmpty() ? Optional.empty() : Optional.of(noun);
    }
}
