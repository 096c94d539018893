package io.isnad.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.index.Snapshot;
import io.isnad.ingest.Article;
import io.isnad.ingest.Sentence;

class StoryCreditAnswerTest {

    private static final String TEXT = "عنوان الخبر الأول\nقال الوزير إن المحادثات انتهت مساء أمس في العاصمة.\n"
            + "المصدر: وكالة الأنباء\nإقرأ أيضاً:\nعنوان القصة الثانية\n"
            + "أعلن الجيش وقف إطلاق النار في المدينة صباح اليوم.\n"
            + "بقلم أحمد محمد\nتعليق (0)";

    private static Draft topicAnswer(Snapshot corpus, String sentencePrefix) {
        Article article = corpus.article("a.txt").orElseThrow();
        Sentence sentence = article.sentences().stream().filter(s -> s.text().startsWith(sentencePrefix))
                .findFirst().orElseThrow();
        return new Draft(sentence.text() + " [1]", List.of(Citation.of(1, article, sentence, 0.9)), null, 0);
    }

    private static Optional<Draft> credited(Snapshot corpus, String sentencePrefix, boolean byline,
            List<String> asking, boolean english) {
        return StoryCreditAnswer.of(corpus, topicAnswer(corpus, sentencePrefix), byline, asking, english);
    }

    @Test
    void theStoryTheTopicsAnswerQuotesIsCreditedByItsOwnLinesCitedAtTheirOffsets(@TempDir Path tmp) throws Exception {
        try (ArticleFixture fixture = ArticleFixture.of(tmp,
                Map.of("a.txt", TEXT, "b.txt", "عنوان\nنص بلا مصدر هنا، وهو طويل."))) {
            Snapshot corpus = fixture.snapshot();
            Draft main = credited(corpus, "قال الوزير", false, List.of(), false).orElseThrow();
            assertEquals("المصدر: وكالة الأنباء [1]", main.text());
            Citation c = main.citations().getFirst();
            assertEquals(c.quote(), TEXT.substring(c.start(), c.end()));
            assertEquals("main", c.section());
            Draft appended = credited(corpus, "أعلن الجيش", false, List.of(), false).orElseThrow();
            assertEquals("بقلم أحمد محمد [1]", appended.text());
            assertEquals("appendix", appended.citations().getFirst().section());
        }
    }

    @Test
    void aSourceQuestionsShortAnswerIsTheSourcesNameInTheCreditLineAndAWritersNone(@TempDir Path tmp)
            throws Exception {
        try (ArticleFixture fixture = ArticleFixture.of(tmp, Map.of("a.txt", TEXT))) {
            Snapshot corpus = fixture.snapshot();
            ShortAnswer source = credited(corpus, "قال الوزير", false, List.of("story", "source"), true).orElseThrow()
                    .shortAnswer();
            assertEquals("وكالة الأنباء", source.text());
            assertEquals(source.text(), TEXT.substring(source.start(), source.end()));
            assertNull(credited(corpus, "أعلن الجيش", true, List.of("author"), true).orElseThrow().shortAnswer());
        }
    }

    @Test
    void aStoryCreditingNoOneGivesNoAnswer(@TempDir Path tmp) throws Exception {
        try (ArticleFixture fixture = ArticleFixture.of(tmp,
                Map.of("a.txt", "عنوان الخبر\nقال الوزير إن المحادثات انتهت مساء أمس.\n"))) {
            Snapshot corpus = fixture.snapshot();
            assertEquals(Optional.empty(), credited(corpus, "قال الوزير", false, List.of(), false));
        }
    }

    @Test
    void aQuestionAskingTheWriterIsAnsweredByTheBylineAndNeverByTheSourceLine(@TempDir Path tmp) throws Exception {
        try (ArticleFixture fixture = ArticleFixture.of(tmp, Map.of("a.txt", TEXT))) {
            Snapshot corpus = fixture.snapshot();
            assertEquals(Optional.empty(), credited(corpus, "قال الوزير", true, List.of(), false));
            assertEquals("بقلم أحمد محمد [1]",
                    credited(corpus, "أعلن الجيش", true, List.of("author"), true).orElseThrow().text());
        }
    }
}
