package io.isnad.answer.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SourceQuestionTest {

    @Test
    void aStorysSourceOrTheOutletThatPublishedItIsAskedAndTheTopicKept() {
        assertEquals(Optional.of("netanyahu trump inauguration video"),
                SourceQuestion.topic("netanyahu trump inauguration video story source"));
        assertEquals(Optional.of("which the on shamkhani and the russian airstrikes in aleppo"),
                SourceQuestion.topic(
                        "which news site ran the story on shamkhani and the russian airstrikes in aleppo"));
        assertEquals(Optional.of("شو مقتل الجنرال؟"), SourceQuestion.topic("شو مصدر خبر مقتل الجنرال؟"));
        assertEquals(Optional.of("أي زيارة عراقجي؟"), SourceQuestion.topic("أي موقع نشر خبر زيارة عراقجي؟"));
    }

    @Test
    void theSiteThatPublishedItAsksTheSourceOfWhatThePronounStandsFor() {
        assertEquals(Optional.of("بيان الجيش عن حلب، أي ؟"), SourceQuestion.topic("بيان الجيش عن حلب، أي موقع نشره؟"));
        assertEquals(Optional.empty(), SourceQuestion.topic("بيان الجيش عن حلب، أي موقع نشر الصور؟"));
    }

    @Test
    void aSourceOfNoStoryAnOutletThatReportedAndAStoryAloneAreNotAsked() {
        assertEquals(Optional.empty(), SourceQuestion.topic("What is the usual source of heat for boiling water?"));
        assertEquals(Optional.empty(),
                SourceQuestion.topic("Which Iranian news agencies reported Pourhashemi's death?"));
        assertEquals(Optional.empty(), SourceQuestion.topic("tasnim news agency pourhashemi killed report"));
        assertEquals(Optional.empty(), SourceQuestion.topic("ما هو مصدر الحرارة الاعتيادي لغلي الماء؟"));
        assertEquals(Optional.empty(), SourceQuestion.topic("والخبر مالها جان مكتوب بيا لغة؟"));
        assertEquals(Optional.empty(), SourceQuestion.topic("story source"));
    }
}
