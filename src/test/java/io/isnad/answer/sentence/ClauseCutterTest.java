package io.isnad.answer.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import io.isnad.ingest.TextSpan;

class ClauseCutterTest {

    private static final String FIRST = "افتتح الرئيس المعرض الدولي للكتاب في العاصمة صباح اليوم،";
    private static final String SECOND = "وحضر الافتتاح عدد كبير من الناشرين العرب والأجانب،";
    private static final String THIRD = "وقالت الوزيرة إن عدد الزوار بلغ 17,786,419 زائرا في العام الماضي،";
    private static final String FOURTH = "وإن الدورة المقبلة ستقام في مدينة وهران الساحلية،";
    private static final String FIFTH = "وأضافت أن الدخول سيكون مجانيا لطلاب الجامعات.";
    private static final String SENTENCE = String.join(" ", FIRST, SECOND, THIRD, FOURTH, FIFTH);

    /** Coverage as the share of {@code words} the run of clauses holds. */
    private static ToDoubleFunction<List<String>> share(String... words) {
        return run -> List.of(words).stream().filter(String.join(" ", run)::contains).count() / (double) words.length;
    }

    private static String text(ClauseCutter.Cut cut) {
        return SENTENCE.substring(cut.start(), cut.end());
    }

    /** The texts of the clauses of {@code parts} joined by spaces. */
    private static List<String> clauseTexts(List<String> parts) {
        String sentence = String.join(" ", parts);
        return ClauseCutter.clauses(sentence).stream().map(c -> sentence.substring(c.start(), c.end())).toList();
    }

    @Test
    void clausesEndWithTheirCommaButNotInsideANumber() {
        assertEquals(List.of(FIRST, SECOND, THIRD, FOURTH, FIFTH),
                ClauseCutter.clauses(SENTENCE).stream().map(c -> SENTENCE.substring(c.start(), c.end())).toList());
    }

    /** Clauses are remembered by text: asked again, the same ones, and no caller can change them for the next. */
    @Test
    void clausesAskedAgainAreTheSameAndCannotBeChanged() {
        String sentence = "افتتح المتحف الوطني أبوابه أمام الجمهور صباح الأحد، بعد أعمال ترميم استمرت ثلاث سنوات كاملة، "
                + "وسط حضور رسمي وشعبي كبير من أبناء المدينة.";
        List<TextSpan> first = ClauseCutter.clauses(sentence);
        assertEquals(3, first.size());
        assertEquals(first, ClauseCutter.clauses(new String(sentence)));
        assertThrows(UnsupportedOperationException.class, () -> first.add(first.getFirst()));
        assertEquals(3, ClauseCutter.clauses(sentence).size());
    }

    @Test
    void aShortLeadingPhraseStaysWithTheClauseAfterIt() {
        String sentence = "وبحسب التقارير، قتل ما بين 120 و130 شخصا في الهجوم الذي شنته القوات على المدينة.";
        assertEquals(1, ClauseCutter.clauses(sentence).size());
    }

    @Test
    void theCutIsTheClausesHoldingTheEvidenceWithOneClauseEitherSide() {
        ClauseCutter.Cut cut = ClauseCutter.cut(SENTENCE, share("الوزيرة", "الزوار"), SENTENCE.length(), 0, 0.8);
        assertEquals(String.join(" ", SECOND, THIRD, FOURTH), text(cut));
        assertTrue(cut.partOf(SENTENCE));
        assertEquals(SENTENCE.indexOf(SECOND), cut.start());
    }

    @Test
    void evidenceAtTheSentencesStartKeepsAllThatIsSaidAboutIt() {
        ClauseCutter.Cut cut = ClauseCutter.cut(SENTENCE, share("المعرض", "الرئيس"), SENTENCE.length(), 0, 1);
        assertEquals(SENTENCE, text(cut));
        assertFalse(cut.partOf(SENTENCE));
    }

    @Test
    void aShortAnswerInTheRunThatStartsTheSentenceCutsWhatFollowsItsNextClause() {
        int start = SENTENCE.indexOf("صباح اليوم");
        ClauseCutter.Cut cut = ClauseCutter.cut(SENTENCE, share("المعرض", "الرئيس"), start,
                start + "صباح اليوم".length(), 1);
        assertEquals(String.join(" ", FIRST, SECOND), text(cut));
        assertEquals(0, cut.start());
    }

    @Test
    void theShortAnswerIsNeverCutAway() {
        int start = SENTENCE.indexOf("مجانيا");
        ClauseCutter.Cut cut = ClauseCutter.cut(SENTENCE, share("الوزيرة"), start, start + "مجانيا".length(), 1);
        assertEquals(String.join(" ", SECOND, THIRD, FOURTH, FIFTH), text(cut));
    }

    @Test
    void aLongStretchWithoutACommaIsCutBeforeAWordThatOpensAClause() {
        String first = "سميت المتلازمة نسبة إلى الطبيب البريطاني جون داون الذي كان أول من وصف هذه الحالة في عام 1862";
        String second = "والذي سماها في البداية باسم آخر ووصفها كحالة من الإعاقة العقلية في تقرير نشر عام 1866";
        String third = "وذلك بسبب رأيه في ملامح وجوه الأطفال المصابين بها، كما قال.";
        assertEquals(List.of(first, second, third), clauseTexts(List.of(first, second, third)),
                "what follows كما is too short to be a clause");
        assertEquals(1, ClauseCutter.clauses("قابل الوزير السفير الذي وصل أمس إلى العاصمة والذي سيبقى فيها أسبوعا.")
                .size());
    }

    @Test
    void aLongStretchAfterACommaIsCutBeforeAWordThatOpensAClauseAndAShortOneIsNot() {
        List<String> longStretch = List.of("افتتح الوزير المعرض الدولي للكتاب في العاصمة،",
                "وقال في كلمته إن المعرض يضم هذا العام أكثر من ألف دار نشر من أربعين دولة عربية وأجنبية",
                "والذي سيستمر أسبوعين كاملين بحضور عدد كبير من الكتاب والناشرين والقراء من مختلف الأعمار.");
        assertEquals(longStretch, clauseTexts(longStretch), "the stretch after the comma is long");
        List<String> shortStretch = List.of(longStretch.get(0),
                "وقال في كلمته إن المعرض كبير جدا والذي سيستمر أسبوعين كاملين.");
        assertEquals(shortStretch, clauseTexts(shortStretch),
                "the stretch after the comma is too short to be cut before its opener");
    }

    @Test
    void whatIsSaidAboutTheSubjectIsKeptUpToABudget() {
        String sixth = "وأن المعرض سيفتح أبوابه يوميا من العاشرة صباحا حتى العاشرة مساء طوال أسبوعين كاملين.";
        String sentence = String.join(" ", FIRST, SECOND, THIRD, FOURTH, FIFTH.replace('.', '،'), sixth);
        ClauseCutter.Cut cut = ClauseCutter.cut(sentence, share("الرئيس", "العاصمة"), sentence.length(), 0, 0.8);
        assertTrue(sentence.length() > ClauseCutter.ABOUT_THE_SUBJECT && cut.end() <= ClauseCutter.ABOUT_THE_SUBJECT);
        assertEquals(0, cut.start());
        assertEquals(sentence.indexOf(sixth) - 1, cut.end());
    }

    @Test
    void theSubjectAtTheStartAndTheAskedClauseAtTheEndAreQuotedAsTwoExactParts() {
        List<ClauseCutter.Cut> parts = ClauseCutter.parts(SENTENCE, share("الرئيس", "مجانيا"), SENTENCE.length(),
                0, 1, 30);
        assertEquals(List.of(String.join(" ", FIRST, SECOND), String.join(" ", FOURTH, FIFTH)),
                parts.stream().map(ClauseCutterTest::text).toList());
        assertEquals(0, parts.get(0).start());
        assertEquals(SENTENCE.indexOf(FOURTH), parts.get(1).start());
        assertEquals(SENTENCE.length(), parts.get(1).end());
    }

    @Test
    void aShortAnswerInTheClausesBetweenKeepsOneRun() {
        int start = SENTENCE.indexOf("17,786,419");
        List<ClauseCutter.Cut> parts = ClauseCutter.parts(SENTENCE, share("الرئيس", "مجانيا"), start,
                start + "17,786,419".length(), 1, 30);
        assertEquals(List.of(SENTENCE), parts.stream().map(ClauseCutterTest::text).toList());
    }

    @Test
    void oneRunThatHoldsTheQuestionIsNotSplit() {
        List<ClauseCutter.Cut> parts = ClauseCutter.parts(SENTENCE, share("الوزيرة", "الزوار"), SENTENCE.length(),
                0, 0.8, 0);
        assertEquals(List.of(String.join(" ", SECOND, THIRD, FOURTH)), parts.stream().map(ClauseCutterTest::text)
                .toList());
    }

    @Test
    void twoPartsThatSaveTooLittleStayOneRun() {
        List<ClauseCutter.Cut> parts = ClauseCutter.parts(SENTENCE, share("الرئيس", "مجانيا"), SENTENCE.length(),
                0, 1, THIRD.length() + 2);
        assertEquals(1, parts.size());
    }

    @Test
    void aCutThatSavesTooLittleKeepsTheWholeSentence() {
        ClauseCutter.Cut cut = ClauseCutter.cut(SENTENCE, share("الوزيرة", "وهران"), SENTENCE.length(), 0, 0.6);
        assertEquals(SENTENCE, text(cut));
    }

    @Test
    void eachRunOfClausesIsScoredOnce() {
        List<List<String>> scored = new ArrayList<>();
        ToDoubleFunction<List<String>> share = share("الرئيس", "مجانيا");
        List<ClauseCutter.Cut> parts = ClauseCutter.parts(SENTENCE, run -> {
            scored.add(List.copyOf(run));
            return share.applyAsDouble(run);
        }, SENTENCE.length(), 0, 1, 30);
        assertEquals(2, parts.size());
        assertEquals(Set.copyOf(scored).size(), scored.size(), "a run scored twice: " + scored);
    }
}
