package io.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class StoryCreditsTest {

    private final ArticleParser parser = new ArticleParser(new ChunkingSettings(3, 1));

    private static List<String> texts(List<CreditLine> credits) {
        return credits.stream().map(CreditLine::text).toList();
    }

    @Test
    void eachStoryOfAnArticleKeepsItsOwnSourceLine() {
        Article article = SeedArticles.named("004");
        assertEquals(List.of("المصدر: الجديد برس"), texts(StoryCredits.of(article, Section.MAIN)));
        assertEquals(List.of("المصدر: “تايمز أوف إسرائيل” + RT"), texts(StoryCredits.of(article, Section.APPENDIX)));
        for (CreditLine credit : StoryCredits.of(article)) {
            assertEquals(credit.text(), article.text().substring(credit.start(), credit.end()));
        }
    }

    @Test
    void aLabelClosingTheStoryCreditsItButPageFurnitureAfterItDoesNot() {
        assertEquals(List.of("سيريانيوز"), texts(StoryCredits.of(SeedArticles.named("001"))));
        assertEquals(List.of("نغوك آنه (بحسب وكالة فرانس برس)",
                "المصدر: https://www.congluan.vn/iran-se-ung-ho-manh-me-chinh-quyen-syria-sau-cac-cuoc-tan-cong"
                        + "-cua-phien-quan-post323811.html"),
                texts(StoryCredits.of(SeedArticles.named("003"))));
    }

    @Test
    void aLabelWithStoryTextAfterItIsASectionNameAndAStoryEndingInTextHasNoCredit() {
        Article labelled = parser.parse("x.txt",
                "عنوان الخبر\nأخبار سوريا\nنص الخبر الأول، وهو طويل بما يكفي.\nبقلم أحمد محمد",
                "f");
        assertEquals(List.of("بقلم أحمد محمد"), texts(StoryCredits.of(labelled)));
        assertEquals(List.of(), StoryCredits.of(SeedArticles.named("000")));
    }

    @Test
    void aBylineNamesSomeoneByTwoWordsAndIsNoSourceLineNorASitesName() {
        assertEquals(List.of("نغوك آنه (بحسب وكالة فرانس برس)"),
                texts(StoryCredits.bylines(SeedArticles.named("003"), Section.MAIN)));
        assertEquals(List.of(), StoryCredits.bylines(SeedArticles.named("001"), Section.MAIN));
        assertEquals(List.of(), StoryCredits.bylines(SeedArticles.named("004"), Section.MAIN));
    }

    @Test
    void aSentenceGivingOnlyAPhotosCreditIsOneAndACaptionIsNot() {
        assertTrue(StoryCredits.photoCredit("تصوير: وكالة فرانس برس."));
        assertTrue(StoryCredits.photoCredit("Photo: AFP"));
        assertFalse(StoryCredits.photoCredit("مقاتلون من المعارضة السورية يقودون مركبة مدرعة تابعة للجيش السوري."));
        assertFalse(StoryCredits.photoCredit("صورة: مقاتلون من المعارضة السورية يقودون مركبة مدرعة تابعة للجيش السوري قرب حلب."));
        assertFalse(StoryCredits.photoCredit("تصوير الطائرات: ممنوع"));
    }
}
