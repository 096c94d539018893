package io.isnad.answer.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class NamedStoryTest {

    private static Optional<NamedStory> named(String frame, String story) {
        return Optional.of(new NamedStory(frame, story));
    }

    @Test
    void anArabicStoryAfterAccordingToOrInIsNamedByTheWordsAfterIt() {
        assertEquals(named("حسب خبر", "مقتل الحاج هاشم"),
                NamedStory.of("ايران ليش دزّت قوات عسكريه لسوريا حسب خبر مقتل الحاج هاشم؟"));
        assertEquals(named("بخبر", "زياره عراقجي"), NamedStory.of("بخبر زيارة عراقجي، مين استقبله بدمشق؟"));
        assertEquals(named("بالخبر تبع", "مقتل بورهاشمي"), NamedStory.of("بالخبر تبع مقتل بورهاشمي شو قال شمخاني؟"));
    }

    @Test
    void anEnglishStoryAfterInOrAccordingToIsNamedUpToTheClausesEnd() {
        assertEquals(named("in the afp based piece on", "araghchi s damascus trip"), NamedStory.of(
                "In the AFP-based piece on Araghchi's Damascus trip, what kind of group is HTS called?"));
        assertEquals(named("according to the piece on", "araghchi s damascus visit"), NamedStory.of(
                "What happened on 30 November, according to the piece on Araghchi's Damascus visit?"));
    }

    @Test
    void theSpeakersWordsAfterAccordingToAreAFrameNamingNoStory() {
        assertEquals(named("حسب كلامه", ""), NamedStory.of("وإيران وش دورها بالعمليات اللي على الأرض حسب كلامه؟"));
        assertEquals(named("بحسب قولها", ""), NamedStory.of("ما دور روسيا بحسب قولها؟"));
        assertEquals(named("في تصريحاته", ""), NamedStory.of("شو طلب في تصريحاته؟"));
        // A speaker named by his name, not his pronoun, is who the question asks of: not read.
        assertEquals(Optional.empty(), NamedStory.of("ليش تدخلت الطيارات الروسية في حلب حسب كلام شمخاني"));
    }

    @Test
    void aStoryTheQuestionAsksAboutOrABareReportNamesNone() {
        List.of("which news site ran the story on shamkhani and the airstrikes", "شو قال الخبر عن مقتل الحاج هاشم؟",
                "وين مقر الجديد برس اللي نشرت خبر رسالة باقري؟", "What did the report say about the attack?",
                "حسب الخبر، شنو اللي خلّى الحرب بسوريا تكبر؟", "في الخبر ايران ليش دزت قوات لسوريا؟")
                .forEach(question -> assertEquals(Optional.empty(), NamedStory.of(question), question));
    }
}
