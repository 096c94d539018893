package io.isnad.answer.abstain;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicStopWords;

/**
 * The words of an Arabic question that look like a conjugated verb ({@link ArabicRootSkeleton#looksConjugated}:
 * ويليام reads as و + ي + ليام) but stand right after a preposition no verb follows ({@link
 * ArabicStopWords#NOUN_PREPOSITIONS}: في ويليام), and whose verb stem ({@link ArabicRootSkeleton#verbStem})
 * the corpus writes in no word. The verb reading makes such a word the question's own wording ({@link
 * QuestionWording}), so no unknown-name rule weighs it; after a preposition it is a noun or a name, and one
 * whose stem no conjugation of a word the corpus writes holds is a thing the articles never mention. A
 * verbal noun after a preposition (في تحديد، على نطاق) is a word the corpus writes. {@link
 * SentenceJudge#verbShapedName} weighs them (docs/answers.md, "near39b").
 */
final class VerbShapedNames {

    private VerbShapedNames() {
    }

    /**
     * The folded words of {@code question} that look conjugated, right after a preposition no verb follows,
     * whose verb stem is {@code unwritten}.
     */
    static List<String> of(QuestionWords question, Predicate<String> unwritten) {
        List<String> words = question.arabic();
        return IntStream.range(1, words.size())
                .filter(n -> ArabicStopWords.NOUN_PREPOSITIONS.contains(words.get(n - 1)))
                .mapToObj(words::get)
                .filter(word -> ArabicRootSkeleton.verbStem(word).filter(unwritten).isPresent())
                .distinct()
                .toList();
    }
}
