package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.isnad.index.SentenceTokens;
import io.isnad.index.Snapshot;
import io.isnad.retrieve.EvidenceScorer;
import io.isnad.retrieve.EvidenceTerm;

/** An unknown word whose weak root the article writes in two other derivations (وصوله، الموصول). */
class AbsentEvidenceWeakRootTest extends AbsenceCheckCase {

    @Override
    String article() {
        return """
                زيارة إلى طوكيو
                وصل وزير الخارجية الياباني إلى مدينة طوكيو عام 2005.
                وبعد وصوله قال الوزير إن المحادثات كانت مثمرة على الطريق الموصول بالمطار.""";
    }

    private AbsentEvidence checkTerms(List<EvidenceTerm> evidence, boolean[] names) {
        try (Snapshot snapshot = fixture().corpus().acquire()) {
            List<SentenceTokens> article = snapshot.sentenceTokens("a.txt");
            boolean[] none = new boolean[evidence.size()];
            return AbsentEvidence.of(snapshot, evidence, new EvidenceScorer(evidence).foundIn(article), article, names,
                    none, none);
        }
    }

    @Test
    void aWordOfAWeakRootTheArticleWritesTwiceOtherwiseIsNoUnknownWord() {
        // No chunk holds يصلون; the article writes its root و-ص-ل as وصوله and الموصول.
        List<EvidenceTerm> evidence = List.of(new EvidenceTerm("minister", Set.of("وزير"), 2, false),
                new EvidenceTerm("يصلون", Set.of("يصلون"), 3, false));
        assertFalse(checkTerms(evidence, new boolean[2]).unknownWord());
    }

    @Test
    void aNameSharingTheKeyStaysUnknown() {
        // A name is what the question asks about: the article's words of its letters do not hold it.
        List<EvidenceTerm> evidence = List.of(new EvidenceTerm("minister", Set.of("وزير"), 2, false),
                new EvidenceTerm("يصلون", Set.of("يصلون"), 3, false));
        assertTrue(checkTerms(evidence, new boolean[] {false, true}).unknownWord());
    }
}
