package io.isnad.answer.sentence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.answer.ArticleFixture;
import io.isnad.answer.AskedQuestion;
import io.isnad.answer.question.AskedNoun;
import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.index.IndexAnalyzers;
import io.isnad.retrieve.EvidenceScorer;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.Retrieval;

class PointedAntecedentTest {

    @TempDir
    Path tmp;

    private static SentenceCandidate candidate(List<SentenceCandidate> ranked, String words) {
        return ranked.stream().filter(c -> c.sentence().text().contains(words)).findFirst().orElseThrow();
    }

    // A lead that names the asked noun only behind a demonstrative is answered by the sentence
    // before it, which names the thing; without an asked noun the lead points at nothing asked.
    @Test
    void aLeadPointingAtTheAskedNounTakesTheSentenceBefore() throws IOException {
        try (ArticleFixture clinic = ArticleFixture.of(tmp.resolve("clinic"), Map.of("c.txt", """
                العلاج بالضغط
                يستخدم الأطباء غرف الأكسجين الخاصة لزيادة الضغط في الرئتين.
                ويتم معالجة التسمم بأول أكسيد الكربون أحيانا باستخدام هذه الأجهزة."""))) {
            String question = "ما هو الجهاز المستخدم لعلاج التسمم بأول أكسيد الكربون؟";
            Retrieval retrieval = clinic.retrieve(question);
            List<EvidenceTerm> evidence = retrieval.query().evidence();
            EvidenceScorer scorer = new EvidenceScorer(evidence);
            QuestionAnalysis analysis = QuestionAnalyzer.analyze(question);
            IndexAnalyzers analyzers = clinic.snapshot().analyzers();
            List<SentenceCandidate> ranked = SentenceChooser.rank(clinic.snapshot(), retrieval, scorer,
                    new AskedQuestion(question, question, analysis, false, Optional.empty()),
                    List.of(), new boolean[0], false);
            SentenceCandidate lead = candidate(ranked, "التسمم");
            boolean[] asked = AskedNoun.terms(analysis.head(), evidence, analyzers, false);
            Optional<SentenceCandidate> before = PointedAntecedent.of(lead, ranked, scorer, asked, analyzers);
            assertTrue(before.isPresent() && before.get().sentence().text().contains("غرف الأكسجين"));
            assertFalse(PointedAntecedent.of(lead, ranked, scorer, new boolean[evidence.size()], analyzers).isPresent(),
                    "no asked noun, no pointer at it");
            assertFalse(PointedAntecedent.of(candidate(ranked, "غرف"), ranked, scorer, asked, analyzers).isPresent(),
                    "the first sentence has none before it");
        }
    }

    // The asked noun pointed at: after a demonstrative, or definite and bare after a first word going
    // on with و; named anywhere else as well, or with an adjective after it, it is not pointed at.
    @Test
    void theAskedNounIsPointedAtByADemonstrativeOrAnOpeningWithWaw() throws IOException {
        try (ArticleFixture city = ArticleFixture.of(tmp.resolve("city"), Map.of("f.txt", """
                الأحياء
                يعتبر الجانب الغربي أحد أعرق الأحياء في المدينة.
                ويقع الحي في غرب المدينة قرب الطريق السريع."""))) {
            String question = "ما هو الحي الكائن غربي الطريق السريع؟";
            Retrieval retrieval = city.retrieve(question);
            List<EvidenceTerm> evidence = retrieval.query().evidence();
            EvidenceScorer scorer = new EvidenceScorer(evidence);
            IndexAnalyzers analyzers = city.snapshot().analyzers();
            boolean[] asked = AskedNoun.terms(QuestionAnalyzer.analyze(question).head(), evidence, analyzers, false);
            assertTrue(PointedAntecedent.pointsAtAsked("ويقع الحي في غرب المدينة.", scorer, asked, analyzers));
            assertTrue(PointedAntecedent.pointsAtAsked("وقد بني هذا الحي قديما.", scorer, asked, analyzers));
            assertFalse(PointedAntecedent.pointsAtAsked("يقع الحي في غرب المدينة.", scorer, asked, analyzers));
            assertFalse(PointedAntecedent.pointsAtAsked("وتمتد الطريق إلى الحي القديم.", scorer, asked, analyzers));
            assertFalse(PointedAntecedent.pointsAtAsked("ويقع الحي الغربي قرب الطريق.", scorer, asked, analyzers),
                    "an adjective says which one");
            assertFalse(PointedAntecedent.pointsAtAsked("أنشئ الحي قديما ثم توسع هذا الحي.", scorer, asked, analyzers),
                    "named unpointed too");
        }
    }
}
