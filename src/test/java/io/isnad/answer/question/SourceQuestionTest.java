package io.isnad.answer.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SourceQuestionTest {

    private static Optional<String> topic(String question) {
        return SourceQuestion.of(question).map(SourceQuestion::topic);
    }

    @Test
    void aStorysSourceOrTheOutletThatPublishedItIsAskedAndTheTopicKept() {
        assertEquals(Optional.of("netanyahu trump inauguration video"),
                topic("netanyahu trump inauguration video story source"));
        assertEquals(Optional.of("which the on shamkhani and the russian airstrikes in aleppo"),
                topic(
                        "which news site ran the story on shamkhani and the russian airstrikes in aleppo"));
        assertEquals(Optional.of("شو مقتل الجنرال؟"), topic("شو مصدر خبر مقتل الجنرال؟"));
        assertEquals(Optional.of("أي زيارة عراقجي؟"), topic("أي موقع نشر خبر زيارة عراقجي؟"));
    }

    @Test
    void theSiteThatPublishedItAsksTheSourceOfWhatThePronounStandsFor() {
        assertEquals(Optional.of("بيان الجيش عن حلب، أي ؟"), topic("بيان الجيش عن حلب، أي موقع نشره؟"));
        assertEquals(Optional.empty(), topic("بيان الجيش عن حلب، أي موقع نشر الصور؟"));
    }

    @Test
    void aSourceOfNoStoryAnOutletThatReportedAndAStoryAloneAreNotAsked() {
        assertEquals(Optional.empty(), topic("What is the usual source of heat for boiling water?"));
        assertEquals(Optional.empty(),
                topic("Which Iranian news agencies reported Pourhashemi's death?"));
        assertEquals(Optional.empty(), topic("tasnim news agency pourhashemi killed report"));
        assertEquals(Optional.empty(), topic("ما هو مصدر الحرارة الاعتيادي لغلي الماء؟"));
        assertEquals(Optional.empty(), topic("والخبر مالها جان مكتوب بيا لغة؟"));
        assertEquals(Optional.empty(), topic("story source"));
    }

    @Test
    void aStoryWithANounOfItsWriterAsksItsBylineAndASourceWordStillAsksTheSource() {
        assertEquals(Optional.of(new SourceQuestion("on the araghchi assad damascus meeting", true)),
                SourceQuestion.of("byline on the araghchi assad damascus meeting story"));
        assertEquals(Optional.of(new SourceQuestion("شو اسم عن زيارة عراقجي؟", true)),
                SourceQuestion.of("شو اسم كاتب المقال عن زيارة عراقجي؟"));
        assertEquals(Optional.of(new SourceQuestion("who is the of the Hamadan", false)),
                SourceQuestion.of("who is the reporter of the Hamadan story source"));
        assertEquals(Optional.empty(), SourceQuestion.of("Which reporter was killed in Aleppo?"));
        assertEquals(Optional.empty(), SourceQuestion.of("ماذا كتب الوزير في تقريره؟"));
    }
}
