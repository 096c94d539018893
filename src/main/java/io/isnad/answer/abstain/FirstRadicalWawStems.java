package io.isnad.answer.abstain;

import java.util.List;
import java.util.Set;

import io.isnad.index.IndexField;
import io.isnad.index.Snapshot;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.retrieve.EvidenceTerm;

/**
 * Which evidence terms of an Arabic question are the light stem of a past-tense verb whose first root letter is و
 * (وصلت → صلت، وقعوا → قعوا) where some chunk holds the verb's bare past ({@link
 * ArabicRootSkeleton#firstRadicalWawPast}: وصل، وقع). The light stemmer cuts a word's opening و as the conjunction,
 * so the question's verb is weighed by letters no article writes unless it writes that very person; the bare past,
 * three letters, it keeps whole. Where the corpus writes the verb so, the question's verb is a word of the corpus's
 * language, not a subject the articles never mention: no unknown word ({@link AbsentEvidence#unknownWord}). The term
 * keeps its weight and its matches: a sentence still holds it only as written. Searched as its bare past instead, the
 * verb took the judging to a sentence using وصل in another sense ("وصل حاسوبين", to connect) and another
 * article's hold on that rare word declined the question (docs/answers.md, "xqar57").
 */
final class FirstRadicalWawStems {

    private FirstRadicalWawStems() {
    }

    /** Per term of {@code evidence}, whether it is such a stem of the Arabic {@code question}; none for English. */
    static boolean[] of(QuestionWords question, List<EvidenceTerm> evidence, Snapshot corpus, boolean english) {
        boolean[] read = new boolean[evidence.size()];
        if (english) {
            return read;
        }
        Set<String> stems = QuestionNames.arabicStems(question, corpus.analyzers(),
                word -> ArabicRootSkeleton.firstRadicalWawPast(word).filter(past -> held(past, corpus)).isPresent());
        for (int t = 0; t < read.length; t++) {
            read[t] = !stems.isEmpty() && evidence.get(t).forms().stream().anyMatch(stems::contains);
        }
        return read;
    }

    /** Whether some chunk holds the folded word as the index stems it. */
    private static boolean held(String folded, Snapshot corpus) {
        return corpus.analyzers().tokens(IndexField.ARABIC, folded).stream()
                .anyMatch(stem -> corpus.docFreq(IndexField.ARABIC, stem) > 0);
    }
}
