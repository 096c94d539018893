package io.isnad.answer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.answer.ArticleFixture;
import io.isnad.answer.Citation;
import io.isnad.index.SentenceTokens;
import io.isnad.index.Snapshot;
import io.isnad.ingest.Article;
import io.isnad.ingest.Chunk;
import io.isnad.ingest.CreditLine;
import io.isnad.ingest.Section;
import io.isnad.ingest.StoryCredits;
import io.isnad.retrieve.EvidenceScorer;

/**
 * The model is given a source question's credit lines as passages of their own: a reply citing one is
 * cited at the line's offsets, a reply the line does not support is not, and a passage of an appended
 * story is told apart from the article's own.
 */
class CreditPassageTest {

    private static final String TEXT = "عنوان الخبر الأول\nقال الوزير إن المحادثات انتهت مساء أمس في العاصمة.\n"
            + "المصدر: وكالة الأنباء\nإقرأ أيضاً:\nعنوان القصة الثانية\n"
            + "أعلن الجيش وقف إطلاق النار في المدينة صباح اليوم.\n"
            + "بقلم أحمد محمد\nتعليق (0)";
    private static final String QUESTION = "ما مصدر خبر المحادثات؟";

    /** The article's chunks numbered from 1, then its credit lines cited as the extractive answer cites them. */
    private static List<GivenPassage> given(Article article) {
        List<GivenPassage> given = new ArrayList<>();
        for (Chunk chunk : article.chunks()) {
            given.add(new GivenPassage.Story(given.size() + 1, article, chunk));
        }
        for (CreditLine line : StoryCredits.of(article)) {
            given.add(new GivenPassage.Credit(given.size() + 1, article, new Citation(1, article.file(),
                    article.title(), line.text(), line.start(), line.end(), 0.5, line.section().label())));
        }
        return given;
    }

    private static CitationChecker checker(ArticleFixture fixture, List<GivenPassage> given) {
        Snapshot corpus = fixture.snapshot();
        return new CitationChecker(given, s -> SentenceTokens.of(s, corpus.analyzers()),
                new EvidenceScorer(fixture.retrieve(QUESTION).query().evidence()), QUESTION);
    }

    private static int creditNumber(List<GivenPassage> given, String line) {
        return given.stream().filter(p -> p instanceof GivenPassage.Credit && p.text().equals(line)).findFirst()
                .orElseThrow().n();
    }

    @Test
    void aReplyCitingACreditLineIsCitedAtTheLinesOffsets(@TempDir Path tmp) throws Exception {
        try (ArticleFixture fixture = ArticleFixture.of(tmp, Map.of("a.txt", TEXT))) {
            Article article = fixture.snapshot().article("a.txt").orElseThrow();
            List<GivenPassage> given = given(article);
            int n = creditNumber(given, "المصدر: وكالة الأنباء");
            CitationChecker.Checked checked = checker(fixture, given).check("مصدر الخبر وكالة الأنباء [" + n + "].");
            assertEquals(Optional.empty(), checked.rejection());
            Citation c = checked.citations().getFirst();
            assertEquals(n, c.n());
            assertEquals("المصدر: وكالة الأنباء", c.quote());
            assertEquals(c.quote(), TEXT.substring(c.start(), c.end()));
            assertEquals("main", c.section());
        }
    }

    @Test
    void aSourceTheCitedLineDoesNotNameIsRejected(@TempDir Path tmp) throws Exception {
        try (ArticleFixture fixture = ArticleFixture.of(tmp, Map.of("a.txt", TEXT))) {
            List<GivenPassage> given = given(fixture.snapshot().article("a.txt").orElseThrow());
            int n = creditNumber(given, "المصدر: وكالة الأنباء");
            CitationChecker.Checked checked = checker(fixture, given).check("نشرته صحيفة الغارديان البريطانية [" + n
                    + "].");
            assertEquals(Optional.of(FallbackReason.UNSUPPORTED), checked.rejection());
            assertTrue(checked.citations().isEmpty());
        }
    }

    @Test
    void storyPassagesAndCreditLinesAreFormattedApartAndAnAppendedStorySaysSo(@TempDir Path tmp) throws Exception {
        try (ArticleFixture fixture = ArticleFixture.of(tmp, Map.of("a.txt", TEXT))) {
            Article article = fixture.snapshot().article("a.txt").orElseThrow();
            List<GivenPassage> given = given(article);
            String stories = LlmAnswerer.format(given, GivenPassage.Story.class);
            String credits = LlmAnswerer.format(given, GivenPassage.Credit.class);
            assertFalse(stories.contains("وكالة الأنباء") || stories.contains("بقلم"), stories);
            int n = creditNumber(given, "بقلم أحمد محمد");
            String appendedTitle = " title=\"" + article.appendixTitle().orElseThrow() + "\" story=\"appended\">";
            assertTrue(credits.contains("<passage n=\"" + n + "\" file=\"a.txt\"" + appendedTitle
                    + "\nبقلم أحمد محمد\n</passage>"), credits);
            GivenPassage.Story appended = given.stream().filter(p -> p instanceof GivenPassage.Story s
                    && s.section() == Section.APPENDIX).map(GivenPassage.Story.class::cast).findFirst().orElseThrow();
            assertTrue(stories.contains("<passage n=\"" + appended.n() + "\" file=\"a.txt\"" + appendedTitle), stories);
            assertTrue(stories.contains("<passage n=\"1\" file=\"a.txt\" title=\"عنوان الخبر الأول\">"), stories);
            assertEquals("", LlmAnswerer.format(given.subList(0, 1), GivenPassage.Credit.class));
        }
    }
}
