package io.isnad.answer.abstain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.isnad.index.IndexField;
import io.isnad.index.Snapshot;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicStopWords;

/**
 * The words of an Arabic question that carry a glued pronoun of two letters or more ({@link
 * ArabicRootSkeleton#carriesPronoun}: عهودهم، قنواتهما، لتبنيهما) and whose word no chunk of the corpus
 * writes, neither as typed nor without the pronoun. The light stemmer keeps such a pronoun, so the word is
 * a term of its own that no article holds, and the unknown-name rules leave it out on purpose: a name takes
 * no possessive ({@link AbsentEvidence#unknownNames}, {@link UnwrittenCliticWords}). A question asked in
 * the articles' words puts a pronoun on a word they write (بياناتهم beside بيانات); one whose bare word
 * the corpus never writes asks about a thing the articles never mention, whoever it belongs to. {@link
 * SentenceJudge#unwrittenPronounWord} weighs them (docs/answers.md, "near39").
 */
final class UnwrittenPronounWords {

    private UnwrittenPronounWords() {
    }

    /**
     * The folded words of {@code question} that carry a glued pronoun of two letters or more, not after the
     * article and not a function word's ({@link ArabicStopWords#containsWithPronoun}: عليهم), none of whose
     * {@link #forms} a chunk holds on the n-gram field.
     */
    static List<String> of(QuestionWords question, Snapshot corpus) {
        return question.arabic().stream()
                .filter(word -> !ArabicRootSkeleton.carriesArticle(word) && !ArabicStopWords.containsWithPronoun(word))
                .distinct()
                .filter(word -> ArabicRootSkeleton.withoutPronoun(word)
                        .filter(bare -> forms(word, bare).stream().noneMatch(form -> written(form, corpus)))
                        .isPresent())
                .toList();
    }

    private static boolean written(String form, Snapshot corpus) {
        return corpus.docFreq(IndexField.GRAMS, form) > 0;
    }

    /**
     * The ways the articles would write a word with a glued pronoun: as typed, without the pronoun, with
     * the ta marbuta the pronoun hides ({@link ArabicRootSkeleton#withoutPronounAfterTa}: جنازتهم → جنازه)
     * or its hamza on the line ({@link ArabicRootSkeleton#withHamzaOnLine}: لقائهما → لقاء), each also
     * without a one-letter proclitic (لتبنيهما → تبني). The n-gram field keeps a word whole and every gram
     * of up to four letters, so a bare word of four letters or fewer counts as written inside a longer one.
     */
    static Set<String> forms(String word, String bare) {
        Set<String> forms = new LinkedHashSet<>(List.of(word, bare));
        ArabicRootSkeleton.withoutPronounAfterTa(word).ifPresent(forms::add);
        ArabicRootSkeleton.withHamzaOnLine(word).ifPresent(forms::add);
        for (String form : List.copyOf(forms)) {
            ArabicProclitics.withoutProclitic(form).ifPresent(forms::add);
        }
        return forms;
    }
}
