package io.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text, 0, text.length()).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsOnArabicAndLatinTerminators() {
        assertEquals(List.of("هل وصل؟", "نعم وصل اليوم.", "ثم غادر؛", "وانتهى!"),
                sentences("هل وصل؟ نعم وصل اليوم. ثم غادر؛ وانتهى!"));
    }

    @Test
    void splitsOnLineBreaks() {
        assertEquals(List.of("العنوان الأول", "الفقرة الثانية"), sentences("العنوان الأول\n\nالفقرة الثانية"));
    }

    @Test
    void aFormulasSubscriptOnALineOfItsOwnStaysInTheSentence() {
        assertEquals(List.of("لزيادة الضغط الجزئي لـ O\n2 حول المريض.", "ثم يخرج."),
                sentences("لزيادة الضغط الجزئي لـ O\n2 حول المريض. ثم يخرج."));
        assertEquals(List.of("الفريق A", "12 لاعبا"), sentences("الفريق A\n12 لاعبا"));
        assertEquals(List.of("الفصل a", "2 سطر"), sentences("الفصل a\n2 سطر"));
    }

    @Test
    void neverSplitsInsideNumbers() {
        assertEquals(List.of("بلغ النمو 2.5 في المئة وبلغ العدد 1.000 شخص.", "ثم توقف."),
                sentences("بلغ النمو 2.5 في المئة وبلغ العدد 1.000 شخص. ثم توقف."));
    }

    @Test
    void neverSplitsAfterAbbreviationsOrInsideDomains() {
        assertEquals(List.of("Dr. Smith met U.S. officials at example.com today.", "Then left."),
                sentences("Dr. Smith met U.S. officials at example.com today. Then left."));
        assertEquals(List.of("قال د. أحمد إن الوضع صعب."), sentences("قال د. أحمد إن الوضع صعب."));
    }

    @Test
    void aWordEndingInVowelMarksOrALetterGluedToAFigureEndsTheSentence() {
        assertEquals(List.of("ويعمل به حاليًا.", "السنة الميلادية سنة شمسية."),
                sentences("ويعمل به حاليًا. السنة الميلادية سنة شمسية."));
        assertEquals(List.of("انتخب عمدة في عام 1994م.", "وفي عام 1998م اتهم."),
                sentences("انتخب عمدة في عام 1994م. وفي عام 1998م اتهم."));
        assertEquals(List.of("تبلغ الحرارة 30 °C.", "ويعطي ذلك كفاءة أعلى."),
                sentences("تبلغ الحرارة 30 °C. ويعطي ذلك كفاءة أعلى."));
        assertEquals(List.of("جادة كيرني المسماة باسم م. ثيو كيرني."), sentences("جادة كيرني المسماة باسم م. ثيو كيرني."));
    }

    @Test
    void keepsClosingQuotesInTheirSentence() {
        assertEquals(List.of("وقال: “لن نتراجع.”", "ثم غادر."), sentences("وقال: “لن نتراجع.” ثم غادر."));
        assertEquals(List.of("وقال: \"لن نتراجع.\"", "ثم غادر."), sentences("وقال: \"لن نتراجع.\" ثم غادر."));
    }

    @Test
    void everyTerminatorEndsASentenceWithTheTerminatorsAndClosersAfterIt() {
        for (String terminator : List.of(".", "!", "?", "؟", "؛", "…", "?!", "...")) {
            assertEquals(List.of("وصل الوفد" + terminator, "ثم غادر."),
                    sentences("وصل الوفد" + terminator + " ثم غادر."), terminator);
            for (String closer : List.of("”", "»", "’", ")", "]", "}", "›")) {
                assertEquals(List.of("(وصل الوفد" + terminator + closer, "ثم غادر."),
                        sentences("(وصل الوفد" + terminator + closer + " ثم غادر."), terminator + closer);
            }
        }
        String noTerminator = "وصل الوفد، ثم غادر: بعد يوم - واحد";
        assertEquals(List.of(noTerminator), sentences(noTerminator));
    }

    @Test
    void aTerminatorInsideAShortBracketWithinTheSentenceDoesNotEndIt() {
        String opening = "الإسكندر الثالث المقدوني (باليونانية: Ἀλέξανδρος ὁ Μέγας؛ نقحرة: ألكساندروس)، هو أحد ملوك مقدونيا.";
        assertEquals(List.of(opening, "ثم غزا فارس."), sentences(opening + " ثم غزا فارس."));
        assertEquals(List.of("عائلة روتشيلد (تلفظ ألماني: [ˈʁoːt.ʃɪlt])، عائلة ثرية."),
                sentences("عائلة روتشيلد (تلفظ ألماني: [ˈʁoːt.ʃɪlt])، عائلة ثرية."));
    }

    @Test
    void aBracketThatOpensTheSentenceIsLongOrStaysOpenStillEndsAtItsTerminator() {
        assertEquals(List.of("(وصل الوفد؛", "ثم غادر.)"), sentences("(وصل الوفد؛ ثم غادر.)"));
        String longBracket = "قال الوزير (" + "كلام طويل ".repeat(12) + "؛ وأكثر) ثم غادر.";
        assertEquals(2, sentences(longBracket).size(), longBracket);
        assertEquals(List.of("قال الوزير (وصل الوفد؛", "ثم غادر (اليوم) مساء."),
                sentences("قال الوزير (وصل الوفد؛ ثم غادر (اليوم) مساء."));
        assertEquals(List.of("قال الوزير (وصل الوفد؛", "ثم غادر)"), sentences("قال الوزير (وصل الوفد؛\nثم غادر)"));
    }

    @Test
    void theBracketsReadAcrossAreThoseWhoseTerminatorDidNotEndTheSentence() {
        String opening = "الإيدز (نحت تناذر) أو متلازمة (بالإنجليزية: AIDS؛ وبالفرنسية: SIDA) هو مرض (3.7 مليون).";
        int open = opening.indexOf("(بالإنجليزية");
        assertEquals(List.of(new TextSpan(open, opening.indexOf(')', open) + 1)),
                SentenceSplitter.bracketsReadAcross(opening));
        assertEquals(List.of(), SentenceSplitter.bracketsReadAcross("(وصل الوفد؛ ثم غادر.)"));
    }

    @Test
    void doesNotTreatAnOpeningStraightQuoteAsClosing() {
        assertEquals(List.of("انتهى الاجتماع.", "\"نحن مستعدون\" قال الوزير."),
                sentences("انتهى الاجتماع. \"نحن مستعدون\" قال الوزير."));
    }

    @Test
    void splitsWhenNextSentenceFollowsWithoutSpace() {
        assertEquals(List.of("ضمن عملية \"ردع العدوان\".", "طهران تعلن"), sentences("ضمن عملية \"ردع العدوان\".طهران تعلن"));
    }

    @Test
    void offsetsAreRelativeToTheWholeText() {
        String text = "مقدمة. الجملة المطلوبة. خاتمة.";
        int from = text.indexOf("الجملة");
        List<TextSpan> spans = splitter.split(text, from, text.length());
        assertEquals("الجملة المطلوبة.", text.substring(spans.get(0).start(), spans.get(0).end()));
    }

    @Test
    void aRunWithoutPunctuationIsCutAtWhitespaceNearTheLimitWithExactOffsets() {
        String text = "كلمة طويلة بلا ترقيم ".repeat(400) + "ونهاية.";
        List<TextSpan> spans = splitter.split(text, 0, text.length());
        assertTrue(spans.size() >= text.length() / SentenceSplitter.MAX_SENTENCE_CHARS, spans.size() + " spans");
        StringBuilder words = new StringBuilder();
        for (TextSpan span : spans) {
            String sentence = text.substring(span.start(), span.end());
            assertTrue(sentence.length() <= SentenceSplitter.MAX_SENTENCE_CHARS, sentence.length() + " characters");
            assertTrue(sentence.length() > SentenceSplitter.MAX_SENTENCE_CHARS / 2 || span == spans.getLast());
            assertEquals(sentence.strip(), sentence, "cut at whitespace, never inside a word");
            words.append(sentence).append(' ');
        }
        assertEquals(text.strip(), words.toString().strip(), "nothing lost, nothing repeated");
    }

    @Test
    void aWordLongerThanTheLimitIsCutAtTheLimit() {
        String text = "ب".repeat(SentenceSplitter.MAX_SENTENCE_CHARS * 2 + 10);
        List<TextSpan> spans = splitter.split(text, 0, text.length());
        assertEquals(List.of(new TextSpan(0, 600), new TextSpan(600, 1200), new TextSpan(1200, 1210)), spans);
    }
}
