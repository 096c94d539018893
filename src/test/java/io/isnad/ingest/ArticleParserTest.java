package io.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser(new ChunkingSettings(3, 1));

    @Test
    void everySentenceOfEverySeedMatchesItsOffsets() {
        List<Article> seeds = SeedArticles.all();
        assertEquals(5, seeds.size());
        for (Article article : seeds) {
            assertFalse(article.sentences().isEmpty(), article.file());
            for (Sentence s : article.sentences()) {
                assertEquals(s.text(), article.text().substring(s.start(), s.end()), article.file() + " #" + s.index());
            }
            for (Chunk c : article.chunks()) {
                assertEquals(article.sentences().get(c.firstSentence()).start(), c.start());
                assertEquals(article.sentences().get(c.lastSentence()).end(), c.end());
            }
        }
    }

    @Test
    void aSentenceKnowsWhetherItIsAPhotosCredit() {
        Article article = parser.parse("c.txt", "المعارك في حلب\n"
                + "مقاتلون من المعارضة يقودون مركبة مدرعة قرب حلب. تصوير: وكالة فرانس برس.", "f");
        assertEquals(List.of(false, false, true), article.sentences().stream().map(Sentence::photoCredit).toList());
        assertFalse(new Sentence(0, 0, 21, "تصوير الطائرات: ممنوع", Section.MAIN).photoCredit());
    }

    @Test
    void aFormulasSubscriptOnALineOfItsOwnDoesNotEndTheParagraph() {
        String text = "غرف الأكسجين\nيقوم العلاج بزيادة الضغط الجزئي لـ O\n2 حول المريض. ويتنفس المريض.\nوتستمر الجلسة الواحدة ساعتين في الغرفة المغلقة.";
        Article article = parser.parse("o.txt", text, "f");
        assertEquals(List.of("غرف الأكسجين", "يقوم العلاج بزيادة الضغط الجزئي لـ O\n2 حول المريض.", "ويتنفس المريض.",
                "وتستمر الجلسة الواحدة ساعتين في الغرفة المغلقة."), article.sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void paragraphPrintedTwiceIsIndexedOnce() {
        Article article = SeedArticles.named("001");
        String lead = "كشف أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني";
        assertEquals(2, occurrences(article.text(), lead), "the file itself has the lead twice");
        assertEquals(1, article.sentences().stream().filter(s -> s.text().startsWith(lead)).count());
    }

    @Test
    void readAlsoStoryIsKeptAsAMarkedAppendix() {
        Article article = SeedArticles.named("004");
        assertEquals(Optional.of("نتنياهو مهنئا ترامب بالإنجليزية: “سنكمل هزيمة محور الإرهاب الإيراني”"),
                article.appendixTitle());
        assertTrue(article.sentences().stream()
                .filter(s -> s.text().contains("نتنياهو"))
                .allMatch(s -> s.section() == Section.APPENDIX));
        assertTrue(article.sentences().stream()
                .filter(s -> s.text().contains("باقري"))
                .allMatch(s -> s.section() == Section.MAIN));
        assertTrue(article.chunks().stream().allMatch(c -> article.sentencesOf(c).stream()
                .allMatch(s -> s.section() == c.section())), "a chunk never mixes story and appendix");
    }

    @Test
    void footersAdMarkersCommentCountersAndSourceLinesAreNotContent() {
        for (Article article : SeedArticles.all()) {
            for (Sentence s : article.sentences()) {
                assertFalse(s.text().matches("(?i)share|close|\\[إعلان \\d+]|تعليق \\(\\d+\\)|المواضيع الأكثر قراءة"),
                        article.file() + ": " + s.text());
                assertFalse(s.text().startsWith("المصدر:"), article.file() + ": " + s.text());
                assertFalse(s.text().contains("http"), article.file() + ": " + s.text());
            }
        }
    }

    @Test
    void headlineIsTheFirstNonEmptyLine() {
        Article article = parser.parse("x.txt", "\n\n  عنوان الخبر  \nنص الخبر الأول. نص ثان.", "f");
        assertEquals("عنوان الخبر", article.title());
    }

    @Test
    void aFirstLineTooLongForAHeadlineIsShownByItsFirstClauseButSearchedWhole() {
        String paragraph = "التقى وزير الخارجية الإيراني عباس عراقجي الرئيس السوري بشار الأسد في دمشق، بعد أن هاجم "
                + "المتمردون ثاني أكبر مدينة في سوريا وسيطروا عليها في هجوم مفاجئ استمر عدة أيام متتالية.";
        Article article = parser.parse("x.txt", paragraph + "\nنص الخبر.", "f");
        assertEquals("التقى وزير الخارجية الإيراني عباس عراقجي الرئيس السوري بشار الأسد في دمشق", article.title());
        assertEquals(paragraph, article.headline());
    }

    @Test
    void aLongFirstLineWithoutAClauseIsCutAtAWordWithAnEllipsis() {
        String paragraph = "كلمة ".repeat(40).strip();
        String title = parser.parse("x.txt", paragraph + "\nنص الخبر.", "f").title();
        assertTrue(title.length() <= ArticleParser.MAX_TITLE_CHARS, title);
        assertTrue(title.endsWith("كلمة…"), title);
    }

    @Test
    void statedPublicationDateIsExtracted() {
        assertEquals(Optional.of(LocalDate.of(2023, 10, 7)), SeedArticles.named("004").date());
        Article arabicDate = parser.parse("x.txt", "عنوان\nتاريخ النشر: ١٥ آذار ٢٠٢٤\nنص الخبر هنا بالكامل.", "f");
        assertEquals(Optional.of(LocalDate.of(2024, 3, 15)), arabicDate.date());
    }

    @Test
    void eventDatesDeepInTheStoryAreNotPublicationDates() {
        Article article = parser.parse("x.txt",
                "عنوان\nفقرة أولى طويلة بما يكفي.\nفقرة ثانية.\nفقرة ثالثة.\nوقع الهجوم في 7 أكتوبر 2023 صباحا.", "f");
        assertEquals(Optional.empty(), article.date());
    }

    @Test
    void readAlsoWithTitleOnTheSameLineStartsTheAppendix() {
        Article article = parser.parse("x.txt", "عنوان\nالخبر الأساسي هنا.\nاقرأ أيضا: خبر آخر مختلف تماما\nنص الخبر الآخر.", "f");
        assertEquals(Optional.of("خبر آخر مختلف تماما"), article.appendixTitle());
        Sentence last = article.sentences().get(article.sentences().size() - 1);
        assertEquals(Section.APPENDIX, last.section());
        assertEquals("نص الخبر الآخر.", last.text());
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
