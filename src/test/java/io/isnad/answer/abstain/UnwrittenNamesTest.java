package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.index.Term;

import org.junit.jupiter.api.Test;

import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.index.IndexField;
import io.isnad.index.Snapshot;
import io.isnad.retrieve.EvidenceTerm;

class UnwrittenNamesTest extends AbsenceCheckCase {

    @Override
    String article() {
        return """
                سوق الحليب
                باع المزارعون اللبن في سوق طوكيو عام 2005 بعد زيارة إلى سورية.
                وقال التجار إن الأسعار ارتفعت.""";
    }

    /** Whether the question names a known place or person the corpus of a.txt and b.txt never writes. */
    private boolean unwritten(String question) {
        try (Snapshot snapshot = fixture().corpus().acquire()) {
            List<EvidenceTerm> evidence = fixture().retriever().retrieve(snapshot, question, 5).query().evidence();
            boolean[] names = QuestionNames.of(QuestionWords.of(question), QuestionAnalyzer.analyze(question).head(), evidence,
                    snapshot.analyzers(), false);
            return UnwrittenNames.any(QuestionWords.of(question), evidence, names, snapshot);
        }
    }

    @Test
    void aNameHeldOnlyThroughTheStemsFoldIsUnwritten() {
        // لبنان's light stem is لبن, the article's milk: the evidence check finds it, the text never names Lebanon.
        assertTrue(unwritten("ماذا باع المزارعون في لبنان؟"));
        assertTrue(unwritten("ماذا باع المزارعون للبنان؟"));
    }

    @Test
    void aNameWrittenWithAProcliticOrTheArticleIsWritten() {
        assertFalse(unwritten("ماذا باع المزارعون في طوكيو؟"));
        assertFalse(unwritten("ماذا باع المزارعون بطوكيو؟"));
        // b.txt writes "العاصمة باريس".
        assertFalse(unwritten("من فاز بسباق الجبال في باريس؟"));
    }

    @Test
    void aNameTheCorpusWritesInAnotherOfTheLexiconsSpellingsIsWritten() {
        // The lexicon spells Syria سوريا and سورية; the article writes the second.
        assertFalse(unwritten("متى زار المزارعون سوريا؟"));
    }

    /** Each name is read alone: one the corpus writes does not make another it never writes written. */
    @Test
    void aQuestionWithAWrittenAndAnUnwrittenNameHasAnUnwrittenName() {
        assertTrue(unwritten("ماذا باع المزارعون من طوكيو في لبنان؟"));
        assertTrue(unwritten("ماذا باع المزارعون من لبنان في طوكيو؟"));
        assertFalse(unwritten("ماذا باع المزارعون من طوكيو في سوريا؟"));
    }

    @Test
    void aNamesWrittenFormsAreEverySpellingAsATextGluesItOnTheGramField() {
        List<Term> forms = UnwrittenNames.writtenForms("سوريا");
        Set<String> texts = forms.stream().map(Term::text).collect(Collectors.toSet());
        assertTrue(texts.containsAll(List.of("سوريا", "سوريه", "السوريه", "بسوريا", "للسوريه")), texts.toString());
        assertTrue(forms.stream().allMatch(form -> form.field().equals(IndexField.GRAMS.field())));
    }

    @Test
    void aPeoplesPluralIsWrittenWhereItsAdjectiveIs() {
        Set<String> texts = UnwrittenNames.writtenForms("اوروبيين").stream().map(Term::text)
                .collect(Collectors.toSet());
        assertTrue(texts.containsAll(List.of("الاوروبيين", "الاوروبي", "والاوروبي")), texts.toString());
        Set<String> europe = UnwrittenNames.writtenForms("اوروبا").stream().map(Term::text).collect(Collectors.toSet());
        assertFalse(europe.contains("الاوروبي"), "a place is not written by its adjective");
    }

    @Test
    void eachNameKeepsItsOwnAnswerOnOneVersion() {
        // Asked again on the same version, each name's kept answer is its own, not the last one found.
        for (int round = 0; round < 2; round++) {
            assertTrue(unwritten("ماذا باع المزارعون في لبنان؟"));
            assertFalse(unwritten("متى زار المزارعون سوريا؟"));
            assertFalse(unwritten("ماذا باع المزارعون في طوكيو؟"));
        }
    }

    @Test
    void aQuestionWithoutAKnownNameHasNoUnwrittenName() {
        assertFalse(unwritten("ماذا باع المزارعون في السوق؟"));
    }
}
