package io.isnad.retrieve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.index.SentenceTokens;
import io.isnad.ingest.Article;
import io.isnad.ingest.Section;
import io.isnad.ingest.Sentence;
import io.isnad.ingest.SentenceSplitter;
import io.isnad.ingest.arabic.ArabicHunspellStems;
import io.isnad.ingest.arabic.HunspellFiles;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

class EvidenceScorerTest {

    private final IndexAnalyzers analyzers = new IndexAnalyzers();

    private SentenceTokens sentence(String text) {
        return SentenceTokens.of(text, analyzers);
    }

    /** A term as the query builder makes it: the analysed stem of {@code word}. */
    private EvidenceTerm term(String word, double weight, boolean fuzzy) {
        return new EvidenceTerm(word, Set.of(stem(word)), weight, fuzzy);
    }

    /** A translated term: the English word as its label, the analysed stem of its Arabic translation. */
    private EvidenceTerm translated(String english, String arabic, double weight, boolean fuzzy) {
        return new EvidenceTerm(english, Set.of(stem(arabic)), weight, fuzzy);
    }

    /** An Arabic question word's term as the query builder labels it: by its stem. */
    private EvidenceTerm asked(String word) {
        return new EvidenceTerm(stem(word), Set.of(stem(word)), 1, true);
    }

    private String stem(String word) {
        return analyzers.tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize(word)).get(0);
    }

    @Test
    void coverageIsTheWeightedShareOfTermsFound() {
        EvidenceScorer scorer = new EvidenceScorer(List.of(term("همدان", 3, false), term("قاعدة", 1, false)));
        assertEquals(1.0, scorer.coverage(sentence("قاعدة همدان الجوية"), List.of()), 1e-9);
        assertEquals(0.75, scorer.coverage(sentence("مطار همدان"), List.of()), 1e-9);
        assertEquals(0.0, scorer.coverage(sentence("خبر عن موضوع آخر"), List.of()), 1e-9);
    }

    @Test
    void aNewsPhraseCountsForItsWordOnlyWhenTheSentenceHoldsItWhole() {
        List<Set<String>> ceasefire = analyzers.positions(IndexField.ARABIC,
                ArabicTextNormalizer.normalize("وقف إطلاق النار")).stream().<Set<String>>map(Set::copyOf).toList();
        EvidenceTerm truce = new EvidenceTerm("هدنة", Set.of(stem("هدنة")), 2, true, Set.of(), List.of(ceasefire));
        EvidenceScorer scorer = new EvidenceScorer(List.of(truce, term("غزة", 2, false)));
        assertEquals(1.0, scorer.coverage(sentence("دخل وقف إطلاق النار في غزة حيز التنفيذ"), List.of()), 1e-9);
        assertEquals(1.0, scorer.coverage(sentence("الهدنة في غزة"), List.of()), 1e-9);
        assertEquals(0.5, scorer.coverage(sentence("وقف القصف على غزة"), List.of()), 1e-9,
                "one word of the phrase is not the phrase");
    }

    @Test
    void partsOfATextCountAsOneTextWithoutTheNeighbourDiscount() {
        EvidenceScorer scorer = new EvidenceScorer(List.of(term("همدان", 3, false), term("قاعدة", 1, false)));
        List<SentenceTokens> clauses = List.of(sentence("غادرت الطائرات قاعدة"), sentence("في همدان"));
        assertEquals(1.0, scorer.coverageOfParts(clauses), 1e-9);
        assertEquals(0.25, scorer.coverageOfParts(clauses.subList(0, 1)), 1e-9);
        assertEquals(scorer.coverage(sentence("غادرت الطائرات قاعدة في همدان"), List.of()),
                scorer.coverageOfParts(clauses), 1e-9);
    }

    @Test
    void spellingVariantsOfNamesCountPartly() {
        EvidenceScorer scorer = new EvidenceScorer(List.of(term("كيومارث", 1, true)));
        double variant = scorer.coverage(sentence("العميد كيومرث قائد"), List.of());
        assertTrue(variant > 0.6 && variant < 1, "one letter apart: " + variant);
        // A strict term takes no spelling variant; the two share a consonant skeleton, which counts less.
        EvidenceScorer strict = new EvidenceScorer(List.of(term("كيومارث", 1, false)));
        assertEquals(EvidenceScorer.ROOT_CREDIT, strict.coverage(sentence("العميد كيومرث قائد"), List.of()), 1e-9);
        assertTrue(EvidenceScorer.ROOT_CREDIT < variant);
    }

    @Test
    void aCompoundHoldingTheWordMatches() {
        EvidenceScorer scorer = new EvidenceScorer(List.of(term("هاشم", 1, true)));
        assertTrue(scorer.coverage(sentence("كيومرث بورهاشمي"), List.of()) > 0.7);
    }

    @Test
    void wordsOnlyInANeighbouringSentenceCountALittle() {
        EvidenceScorer scorer = new EvidenceScorer(List.of(term("أنقرة", 1, false), term("زيارة", 1, false)));
        double alone = scorer.coverage(sentence("زيارة رسمية"), List.of());
        double withContext = scorer.coverage(sentence("زيارة رسمية"), List.of(sentence("وصل إلى أنقرة")));
        assertEquals(0.5, alone, 1e-9);
        assertEquals(0.5 + 0.5 * 0.3, withContext, 1e-9);
    }

    @Test
    void theHeaviestTermFoundNowhereNearIsReported() {
        EvidenceScorer scorer = new EvidenceScorer(List.of(term("عاصمة", 1, false), term("اليابان", 1.5, false)));
        EvidenceScorer.Assessment capital = scorer.assess(sentence("العاصمة التركية أنقرة"), List.of());
        assertEquals(0.4, capital.coverage(), 1e-9);
        assertEquals(0.6, capital.largestMissing(), 1e-9);
        EvidenceScorer.Assessment nearby = scorer.assess(sentence("العاصمة طوكيو"), List.of(sentence("زار اليابان")));
        assertEquals(0.0, nearby.largestMissing(), 1e-9, "a term beside the sentence is not missing");
    }

    @Test
    void threeLetterStemsMatchTheirPresentTenseForms() {
        assertEquals(1.0, SpellingMatch.fuzzySimilarity("تخل", "يتخل"));
        assertEquals(0.0, SpellingMatch.fuzzySimilarity("تخل", "مستخل"));
    }

    @Test
    void onlyAThreeLetterStemIsMatchedInTheOtherPersonByName() {
        assertEquals("يقع", SpellingMatch.otherPerson("تقع"));
        assertEquals("", SpellingMatch.otherPerson("نقع"));
        // A longer stem matches the other person letter as one edit; a two-letter word has no person to swap.
        assertEquals("", SpellingMatch.otherPerson("تتحكم"));
        assertEquals("", SpellingMatch.otherPerson("تل"));
    }

    @Test
    void aVerbInTheOtherPersonRanksAsAConjugation() {
        // "ما الدولة التي تحد العراق من الشمال؟" and Iraq's "يحده من الجنوب الكويت… ومن الشمال تركيا".
        EvidenceScorer scorer = new EvidenceScorer(List.of(asked("تحد"), asked("الشمال")));
        SentenceTokens borders = sentence("يحده من الجنوب الكويت ومن الشمال تركيا");
        assertEquals((EvidenceScorer.FUZZY_CREDIT + 1) / 2, scorer.ranking().coverage(borders, List.of()), 1e-9);
        assertEquals(1.0, scorer.ranking().coverage(sentence("وتحدها من الشمال تركيا"), List.of()), 1e-9);
        // The judge reads the verb as written: so judged, questions over another corpus's articles looked answered.
        assertTrue(scorer.coverage(borders, List.of()) < (EvidenceScorer.FUZZY_CREDIT + 1) / 2);
        EvidenceScorer located = new EvidenceScorer(List.of(asked("يقع")));
        assertEquals(EvidenceScorer.FUZZY_CREDIT,
                located.ranking().coverage(sentence("تقع المدينة على النهر"), List.of()), 1e-9);
        // A term matched only as written (a name) is not conjugated.
        EvidenceScorer exact = new EvidenceScorer(List.of(term("يقع", 1, false)));
        assertTrue(exact.ranking().coverage(sentence("تقع المدينة على النهر"), List.of()) < EvidenceScorer.FUZZY_CREDIT);
    }

    @Test
    void boundedEditDistanceStopsPastTheLimit() {
        assertEquals(1, SpellingMatch.boundedEditDistance("كيومارث", "كيومرث", 1));
        assertEquals(2, SpellingMatch.boundedEditDistance("abcdef", "abXdeY", 1));
        assertEquals(0, SpellingMatch.fuzzySimilarity("abcdef", "uvwxyz"));
    }

    @Test
    void aWordOfTheSameRootCountsLessThanTheSameStem() {
        // The light stem leaves أطفال and طفل apart (a broken plural), and محذراً and حذر (a participle).
        EvidenceScorer children = new EvidenceScorer(List.of(term("طفل", 1, false)));
        assertEquals(1.0, children.coverage(sentence("قتل طفل في القصف"), List.of()), 1e-9);
        assertEquals(EvidenceScorer.ROOT_CREDIT, children.coverage(sentence("بينهم 31 امرأة و5 أطفال"), List.of()), 1e-9);
        EvidenceScorer warn = new EvidenceScorer(List.of(term("حذر", 1, false)));
        assertEquals(EvidenceScorer.ROOT_CREDIT, warn.coverage(sentence("محذراً من عودة الجماعات"), List.of()), 1e-9);
        assertEquals(0.0, warn.coverage(sentence("ودعا إلى اتخاذ إجراءات حاسمة"), List.of()), 1e-9);
    }

    @Test
    void aWordOfTheSameDerivedVerbCountsMoreThanARootAndLessThanTheWord() {
        // The verbal noun, the participle and the present tense of one verb of form X, which the light stem leaves
        // apart: they share the skeleton ستخدم / ستعمل, root and derivation both.
        EvidenceScorer use = new EvidenceScorer(List.of(term("استخدام", 1, false)));
        assertEquals(EvidenceScorer.DERIVED_STEM_CREDIT,
                use.coverage(sentence("لقد كانت الإصدارات الأولى مستخدمة بواسطة 1851"), List.of()), 1e-9);
        EvidenceScorer using = new EvidenceScorer(List.of(term("تستعمله", 1, false)));
        assertEquals(EvidenceScorer.DERIVED_STEM_CREDIT,
                using.coverage(sentence("وتقتات على المشطيات باستعمال فم كبير"), List.of()), 1e-9);
        assertEquals(EvidenceScorer.DERIVED_STEM_CREDIT,
                use.coverage(sentence("ويستخدمون المحركات البخارية"), List.of()), 1e-9);
        // Another derivation of the root (الخدمة) is a root match only; the word itself is held in full.
        assertEquals(EvidenceScorer.ROOT_CREDIT, use.coverage(sentence("قدمت الخدمة للمرضى"), List.of()), 1e-9);
        assertEquals(1.0, use.coverage(sentence("بدأ استخدام المحرك"), List.of()), 1e-9);
        assertTrue(EvidenceScorer.DERIVED_STEM_CREDIT < EvidenceScorer.FUZZY_CREDIT);
        // Judged, not ranked: the ranking scorer, widened by a weak-root term's keys (فاز), reads the root only.
        EvidenceScorer useAndWin = new EvidenceScorer(List.of(term("استخدام", 1, false), term("فاز", 1, false)));
        SentenceTokens participle = sentence("لقد كانت الإصدارات الأولى مستخدمة بواسطة 1851");
        assertEquals(EvidenceScorer.DERIVED_STEM_CREDIT / 2, useAndWin.coverage(participle, List.of()), 1e-9);
        assertEquals(EvidenceScorer.ROOT_CREDIT / 2, useAndWin.ranking().coverage(participle, List.of()), 1e-9);
        // A translated English word's Arabic form is read by its root only, as its weak-root keys are.
        EvidenceScorer used = new EvidenceScorer(List.of(translated("use", "استخدام", 1, false)));
        assertEquals(EvidenceScorer.ROOT_CREDIT,
                used.coverage(sentence("لقد كانت الإصدارات الأولى مستخدمة بواسطة 1851"), List.of()), 1e-9);
    }

    @Test
    void aWordOfTheSameWeakOrDoubledRootRanksAsARootMatch() {
        // A skeleton of two letters (فز، فر) matches nothing; the weak-root key keeps the slot.
        EvidenceScorer won = new EvidenceScorer(List.of(term("فاز", 1, false)));
        assertEquals(EvidenceScorer.ROOT_CREDIT, won.ranking().coverage(sentence("وقد فازوا بالكأس مرتين"), List.of()),
                1e-9);
        assertEquals(0.0, won.ranking().coverage(sentence("وقد فزعوا من الخبر"), List.of()), 1e-9);
        EvidenceScorer fled = new EvidenceScorer(List.of(term("فروا", 1, false)));
        assertEquals(EvidenceScorer.ROOT_CREDIT, fled.ranking().coverage(sentence("اضطر الآلاف إلى الفرار"), List.of()),
                1e-9);
    }

    @Test
    void aPresentTenseInAnotherPersonCountsAsARootMatchWhenJudging() {
        // "Which country borders (تحد) Syria" of an article that writes "borders it (يحدها)".
        EvidenceScorer borders = new EvidenceScorer(List.of(term("تحد", 1, false)));
        assertEquals(EvidenceScorer.ROOT_CREDIT, borders.coverage(sentence("يحدها شمالاً تركيا"), List.of()), 1e-9);
        assertEquals(0.0, borders.coverage(sentence("الحدود مع تركيا"), List.of()), 1e-9);
    }

    @Test
    void aWordThatIsAnotherQuestionWordHoldsNoRootMatch() {
        // "Which country borders (تحد) the United States (الولايات المتحدة)": المتحدة is the name's own word.
        EvidenceScorer borders = new EvidenceScorer(List.of(term("تحد", 1, false), asked("المتحدة")));
        assertEquals(0.5, borders.coverage(sentence("حكومة الولايات المتحدة"), List.of()), 1e-9);
        assertEquals(0.5 + EvidenceScorer.ROOT_CREDIT / 2,
                borders.coverage(sentence("يحدها من الشمال الولايات المتحدة"), List.of()), 1e-9);
        // Asked alone, the same word is a root match.
        EvidenceScorer alone = new EvidenceScorer(List.of(term("تحد", 1, false)));
        assertEquals(EvidenceScorer.ROOT_CREDIT, alone.coverage(sentence("حكومة الولايات المتحدة"), List.of()),
                1e-9);
    }

    @Test
    void aQuestionWordThatIsAPieceOfThisOneStillHoldsIt() {
        // الإضافي and إضافته: the shorter stem is no piece-holder of the longer, and أضاف holds both.
        EvidenceScorer added = new EvidenceScorer(List.of(asked("الإضافي"), asked("إضافته")));
        // The first exactly, the second (اضافت) as a spelling variant, one letter of five apart.
        assertEquals(1 + EvidenceScorer.FUZZY_CREDIT * 0.8,
                2 * added.coverage(sentence("مما أضاف مساحة للركاب"), List.of()), 1e-9);
    }

    @Test
    void aSentenceWritesATermByItsFormNotByItsRootOrALooseVariant() {
        EvidenceScorer borders = new EvidenceScorer(List.of(term("تحد", 1, false), term("قاعدة", 1, false)));
        // يحدها holds تحد only by its root: credited, not written.
        assertArrayEquals(new boolean[] {false, true}, borders.writtenIn(sentence("يحدها من الشمال قاعدة")));
        assertArrayEquals(new boolean[] {true, false}, borders.writtenIn(sentence("قرار تحد جديد")));
        // الإضافي exactly, إضافته as a variant a letter apart (اضافت in أضاف): the second is credited, not written.
        EvidenceScorer added = new EvidenceScorer(List.of(asked("الإضافي"), asked("إضافته")));
        assertArrayEquals(new boolean[] {true, false}, added.writtenIn(sentence("مما أضاف مساحة للركاب")));
    }

    /** Written in any of several sentences: each term by the sentence that writes it, a root's match in none. */
    @Test
    void aTermIsWrittenInSeveralSentencesWhereOneOfThemWritesIt() {
        EvidenceScorer borders = new EvidenceScorer(List.of(term("تحد", 1, false), term("قاعدة", 1, false)));
        assertArrayEquals(new boolean[] {true, true}, borders.writtenInAny(
                List.of(sentence("يحدها من الشمال قاعدة"), sentence("قرار تحد جديد"))));
        assertArrayEquals(new boolean[] {false, true}, borders.writtenInAny(List.of(sentence("يحدها من الشمال قاعدة"))));
        assertArrayEquals(new boolean[] {false, false}, borders.writtenInAny(List.of()));
    }

    @Test
    void aWordOfTheSameStemAsAnotherQuestionWordsSynonymStillHoldsByRoot() {
        // Only the other word as asked is skipped, not its other forms.
        EvidenceScorer borders = new EvidenceScorer(List.of(term("تحد", 1, false),
                new EvidenceTerm("اتحاد", Set.of(stem("المتحدة")), 1, true)));
        assertEquals(1 + EvidenceScorer.ROOT_CREDIT, 2 * borders.coverage(sentence("حكومة الولايات المتحدة"),
                List.of()), 1e-9);
    }

    @Test
    void aWordOfTheSameWeakRootIsNoEvidenceWhenJudging() {
        // Judged by it, near-miss questions, which keep their source's verb, looked answered.
        EvidenceScorer won = new EvidenceScorer(List.of(term("فاز", 1, false)));
        assertEquals(0.0, won.coverage(sentence("وقد فازوا بالكأس مرتين"), List.of()), 1e-9);
    }

    @Test
    void theOneWordASentenceLacksCountsAsARootMatchWhenJudgingIfItsWeakRootIsThere() {
        // The sentence holds every other word of the question: فازوا is the asked فاز, تشييع the asked شيّع.
        EvidenceScorer won = new EvidenceScorer(List.of(term("فاز", 1, false), term("كأس", 1, false)));
        EvidenceScorer.Assessment cup = won.assess(sentence("وقد فازوا بالكأس مرتين"), List.of());
        assertEquals(0.5 + EvidenceScorer.ROOT_CREDIT / 2, cup.coverage(), 1e-9);
        assertEquals(0.0, cup.largestMissing(), 1e-9);
        assertEquals(List.of(0), cup.excused());
        EvidenceScorer funeral = new EvidenceScorer(List.of(term("شيّع", 1, false), term("الرئيس", 1, false)));
        assertEquals(0.5 + EvidenceScorer.ROOT_CREDIT / 2, funeral.coverage(sentence("جرى تشييع الرئيس"), List.of()),
                1e-9);
    }

    @Test
    void aWordOfTheSameWeakRootIsNoEvidenceWhenAnotherWordIsLackingToo() {
        // A near-miss question lacks its swapped-in word besides: the root match vouches for nothing.
        EvidenceScorer won = new EvidenceScorer(List.of(term("فاز", 1, false), term("كأس", 1, false),
                term("ألمانيا", 1, false)));
        EvidenceScorer.Assessment cup = won.assess(sentence("وقد فازوا بالكأس مرتين"), List.of());
        assertEquals(1.0 / 3, cup.coverage(), 1e-9);
        assertEquals(1.0 / 3, cup.largestMissing(), 1e-9);
        assertTrue(cup.excused().isEmpty());
        // A word beside the sentence holds the other term: the derived word is then the one lacking.
        EvidenceScorer.Assessment beside = won.assess(sentence("وقد فازوا بالكأس مرتين"),
                List.of(sentence("منتخب ألمانيا")));
        assertEquals(0.0, beside.largestMissing(), 1e-9);
    }

    /** A sports story whose second sentence holds فازوا and الكأس, its fourth ألمانيا. */
    private static final List<String> CUP_STORY = List.of("خبر رياضي", "وقد فازوا بالكأس مرتين", "وانتهى الموسم",
            "منتخب ألمانيا");

    private static Article article(List<String> texts) {
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            sentences.add(new Sentence(i, 0, 0, texts.get(i), Section.MAIN));
        }
        return new Article("a.txt", String.join(". ", texts), "", Optional.empty(), "", sentences, List.of(),
                Optional.empty(), "");
    }

    private EvidenceScorer wonTheCupInGermany() {
        return new EvidenceScorer(List.of(term("فاز", 1, false), term("كأس", 1, false), term("ألمانيا", 1, false)));
    }

    @Test
    void aWordOfTheSameWeakRootCountsWhenTheArticleHoldsTheOtherWordsTheSentenceLacks() {
        Article article = article(CUP_STORY);
        List<SentenceTokens> tokens = CUP_STORY.stream().map(this::sentence).toList();
        EvidenceScorer.Assessment cup = wonTheCupInGermany().assess(article, tokens, article.sentences().get(1));
        assertEquals((EvidenceScorer.ROOT_CREDIT + 1) / 3, cup.coverage(), 1e-9);
        assertEquals(List.of(0), cup.excused());
    }

    @Test
    void theWordsHeldAroundASentenceAreItsOwnAndItsNeighbours() {
        Article article = article(CUP_STORY);
        List<SentenceTokens> tokens = CUP_STORY.stream().map(this::sentence).toList();
        EvidenceScorer cupInGermany = new EvidenceScorer(List.of(term("كأس", 1, false), term("ألمانيا", 1, false),
                term("برلين", 1, false)));
        // The third sentence holds neither word itself: its neighbours hold the cup and Germany.
        assertArrayEquals(new boolean[] {true, true, false},
                cupInGermany.heldAround(article, tokens, article.sentences().get(2)));
        // The first has only the second beside it; Germany stands two sentences away.
        assertArrayEquals(new boolean[] {true, false, false},
                cupInGermany.heldAround(article, tokens, article.sentences().get(0)));
    }

    @Test
    void aNeighbourHoldingAWordByItsRootOnlyDoesNotWriteIt() {
        List<String> story = List.of("وقع القصف", "بينهم 31 امرأة و5 أطفال", "وانتهى الاجتماع", "قتل طفل في القصف");
        Article article = article(story);
        List<SentenceTokens> tokens = story.stream().map(this::sentence).toList();
        EvidenceScorer child = new EvidenceScorer(List.of(term("طفل", 1, false)));
        // The first sentence's neighbour holds أطفال, a word of the child's root only: held around, not written.
        assertArrayEquals(new boolean[] {true}, child.heldAround(article, tokens, article.sentences().get(0)));
        assertArrayEquals(new boolean[] {false},
                child.heldOrWrittenAround(article, tokens, article.sentences().get(0)));
        // So does the sentence itself: any reading of its own counts.
        assertArrayEquals(new boolean[] {true}, child.heldOrWrittenAround(article, tokens, article.sentences().get(1)));
        // The third sentence's neighbour writes the word itself.
        assertArrayEquals(new boolean[] {true}, child.heldOrWrittenAround(article, tokens, article.sentences().get(2)));
    }

    @Test
    void theArticleCheckTellsWhichOtherWordsTheArticleHolds() {
        Article article = article(CUP_STORY);
        List<SentenceTokens> tokens = CUP_STORY.stream().map(this::sentence).toList();
        EvidenceScorer won = wonTheCupInGermany();
        EvidenceScorer.ArticleCheck holds = won.missingFrom(tokens, tokens);
        assertEquals(List.of(0), won.assess(article, tokens, article.sentences().get(1), holds).excused());
        // A check by which the article lacks ألمانيا: the derived word vouches for nothing.
        EvidenceScorer.ArticleCheck lacks = won.missingFrom(tokens.subList(0, 3), tokens.subList(0, 3));
        assertTrue(won.assess(article, tokens, article.sentences().get(1), lacks).excused().isEmpty());
    }

    @Test
    void aTranslatedTermHasNoWeakRootMatch() {
        // "won" translated to فاز: its dictionary forms met other words of a two-letter root.
        EvidenceScorer won = new EvidenceScorer(List.of(translated("won", "فاز", 1, false)));
        assertEquals(0.0, won.ranking().coverage(sentence("وقد فازوا بالكأس مرتين"), List.of()), 1e-9);
    }

    @Test
    void anotherFormOfTheSameWordRanksAsARootMatchWhereHunspellIsInstalled(@TempDir Path dir) throws IOException {
        // فاز and فازوا: neither the light stem, nor the skeleton (فز, two letters), nor a
        // conjugation of the three-letter stem joins them; Hunspell's stems do, for ranking only.
        // The English "won" translated: a term typed in Arabic has weak-root keys, which join them.
        HunspellFiles.write(dir);
        Optional<ArabicHunspellStems> stems = ArabicHunspellStems.load(dir);
        List<EvidenceTerm> won = List.of(translated("won", "فاز", 1, true), term("كأس", 1, false));
        SentenceTokens conjugated = sentence("فازوا بالكأس");
        assertEquals(0.5, new EvidenceScorer(won).ranking().coverage(conjugated, List.of()), 1e-9);
        EvidenceScorer scorer = new EvidenceScorer(won, stems);
        EvidenceScorer ranking = scorer.ranking();
        assertEquals(0.5 + EvidenceScorer.STEM_CREDIT / 2, ranking.coverage(conjugated, List.of()), 1e-9);
        assertEquals(1.0, ranking.coverage(sentence("فاز الفريق بالكأس"), List.of()), 1e-9);
        assertEquals(0.5, ranking.coverage(sentence("فتحوا الكأس"), List.of()), 1e-9);
        // What retrieval and the abstention judge by is unchanged: ranked so, the near misses and
        // the questions over another corpus's articles looked supported.
        assertEquals(0.5, scorer.coverage(conjugated, List.of()), 1e-9);
        // A reweighted scorer (a follow-up's carried words) ranks with the stems too.
        EvidenceScorer reweighted = scorer.reweighted(List.of(translated("won", "فاز", 3, true), term("كأس", 1, false)));
        assertEquals(0.25 + 0.75 * EvidenceScorer.STEM_CREDIT, reweighted.ranking().coverage(conjugated, List.of()),
                1e-9);
    }

    @Test
    void aVerbTheArticleConjugatesOtherwiseIsTheSameVerbWhereHunspellIsInstalled() throws IOException {
        // فاز (no chunk holds it) and the article's فازوا: Ayaspell reads both as the verb فاز. The
        // English "won" translated, which has no weak-root keys to find فازوا with.
        Path installed = Path.of("/usr/share/hunspell");
        assumeTrue(Files.isRegularFile(installed.resolve(ArabicHunspellStems.AFFIX_FILE)), "hunspell-ar not installed");
        Optional<ArabicHunspellStems> stems = ArabicHunspellStems.load(installed);
        List<EvidenceTerm> won = List.of(translated("won", "فاز", 1, false), term("كأس", 1, false), term("عاما", 1, false));
        List<SentenceTokens> article = List.of(sentence("وفازوا بالكأس مرتين في عام 1946"));
        boolean[] found = new EvidenceScorer(won, stems).foundIn(article);
        boolean[] same = new EvidenceScorer(won, stems).sameVerb(article, found);
        assertFalse(found[0]);
        assertTrue(same[0]);
        // A term the article holds needs no other reading.
        assertTrue(found[1]);
        assertFalse(same[1]);
        // عاما is also the noun عام: a near-miss question's swapped-in word was excused as the verb.
        assertFalse(same[2]);
        // Without the dictionary nothing is the same verb.
        assertFalse(new EvidenceScorer(won).sameVerb(article, found)[0]);
    }

    @Test
    void aStrictScorerCountsAWordOfATranslationOfSeveralAsItsShare() {
        // "national security council": translated by one word (الشورى) and by three.
        String council = stem("مجلس");
        String security = stem("الأمن");
        String national = stem("القومي");
        EvidenceTerm term = new EvidenceTerm("national security council",
                Set.of(council, security, national, stem("الشورى")), 1, false, Set.of(council, security, national),
                List.of(List.of(Set.of(council), Set.of(security), Set.of(national))));
        EvidenceScorer lenient = new EvidenceScorer(List.of(term));
        EvidenceScorer strict = lenient.strict();
        assertEquals(1.0, strict.coverage(sentence("أمين مجلس الأمن القومي"), List.of()), 1e-9);
        assertEquals(2.0 / 3, strict.coverage(sentence("اجتمع مجلس الأمن أمس"), List.of()), 1e-9);
        assertEquals(1.0 / 3, strict.coverage(sentence("انعقد المجلس البلدي"), List.of()), 1e-9);
        assertEquals(1.0, strict.coverage(sentence("مجلس الشورى"), List.of()), 1e-9);
        // Typed as a phrase, the term counts so in the judging scorer too; a scorer without such translations is its own strict one.
        assertEquals(1.0 / 3, lenient.coverage(sentence("انعقد المجلس البلدي"), List.of()), 1e-9);
        EvidenceScorer arabic = new EvidenceScorer(List.of(term("همدان", 1, false)));
        assertTrue(arabic.strict() == arabic);
    }

    // "national anthem" read word by word is two terms, "national" and "anthem": a sentence saying
    // only الوطني holds one of them. One phrase term held whole by that word answered questions about
    // a national anthem from any sentence naming a national team.
    @Test
    void theJudgingScorerCountsAWordOfATypedPhraseAsItsShare() {
        String anthem = stem("النشيد");
        String national = stem("الوطني");
        EvidenceTerm phrase = new EvidenceTerm("national anthem", Set.of(anthem, national), 1, false,
                Set.of(anthem, national), List.of(List.of(Set.of(anthem), Set.of(national))));
        EvidenceScorer judged = new EvidenceScorer(List.of(phrase));
        assertEquals(0.5, judged.coverage(sentence("أعلن المنتخب الوطني تشكيلته"), List.of()), 1e-9);
        assertEquals(1.0, judged.coverage(sentence("عزفت الفرقة النشيد الوطني"), List.of()), 1e-9);
        // One English word translated by several Arabic words is still held whole by one of them when judged.
        String spoke = stem("المتحدث");
        String official = stem("الرسمي");
        EvidenceTerm word = new EvidenceTerm("spokesman", Set.of(spoke, official), 1, false, Set.of(spoke, official),
                List.of(List.of(Set.of(spoke), Set.of(official))));
        EvidenceScorer lenient = new EvidenceScorer(List.of(word));
        assertEquals(1.0, lenient.coverage(sentence("قال المتحدث باسم الجيش"), List.of()), 1e-9);
        // It writes the word too, where the strict scorer writes only the translation whole: المتحدث alone is
        // any speaker.
        assertArrayEquals(new boolean[] {true}, lenient.writtenIn(sentence("قال المتحدث باسم الجيش")));
        assertArrayEquals(new boolean[] {false}, lenient.strict().writtenIn(sentence("قال المتحدث باسم الجيش")));
        assertArrayEquals(new boolean[] {true}, lenient.strict().writtenIn(sentence("قال المتحدث الرسمي")));
    }

    // "first" (أول) weighs as a word the corpus lacks by its rarest form, as a common word by its
    // commonest: ranked by the latter, the sentence naming the question's rare word wins.
    @Test
    void theRankingScorerWeighsEachTermByItsRankWeight() {
        EvidenceTerm first = new EvidenceTerm("first", Set.of(stem("أول")), 6, false, Set.of(), List.of(), 1);
        EvidenceTerm oxygen = term("الأكسجين", 4, false);
        EvidenceScorer judged = new EvidenceScorer(List.of(first, oxygen));
        EvidenceScorer ranking = judged.ranking();
        SentenceTokens common = sentence("كان أول من درس الغازات");
        SentenceTokens rare = sentence("سمى لافوازييه الأكسجين");
        assertEquals(0.6, judged.coverage(common, List.of()), 1e-9);
        assertEquals(0.4, judged.coverage(rare, List.of()), 1e-9);
        assertEquals(0.2, ranking.coverage(common, List.of()), 1e-9);
        assertEquals(0.8, ranking.coverage(rare, List.of()), 1e-9);
        // Every term ranked by the weight it is judged by (every Arabic question): the strict scorer itself.
        EvidenceScorer arabic = new EvidenceScorer(List.of(term("همدان", 2, false), oxygen));
        assertTrue(arabic.ranking() == arabic);
    }

    @Test
    void aTermWithAnotherWeightKeepsItsRankWeightInProportion() {
        EvidenceTerm first = new EvidenceTerm("first", Set.of(stem("أول")), 6, false, Set.of(), List.of(), 2);
        EvidenceTerm carried = first.withWeight(3);
        assertEquals(3, carried.weight(), 1e-9);
        assertEquals(1, carried.rankWeight(), 1e-9);
        assertEquals(5, term("همدان", 5, false).rankWeight(), 1e-9);
    }

    // The asked noun counts as missing where it is held only loosely: by a light stem of three letters
    // (العملة and العمليات both give عمل), by one word of a translation of several, or by a root
    // relative; a longer form of its own, in the sentence or beside it, holds it.
    @Test
    void anAskedTermHeldOnlyLooselyCountsAsMissing() {
        EvidenceScorer scorer = new EvidenceScorer(List.of(term("العملة", 1, false), term("سوريا", 3, false)));
        boolean[] currency = {true, false};
        assertEquals(0.25, scorer.looselyHeld(sentence("العمليات العسكرية في سوريا"), List.of(), currency), 1e-9);
        assertEquals(0.0, scorer.assess(sentence("العمليات العسكرية في سوريا"), List.of()).largestMissing(), 1e-9,
                "the scorer itself takes the short stem for the word");
        assertEquals(0.0, scorer.looselyHeld(sentence("العمليات العسكرية في سوريا"), List.of(), new boolean[2]), 1e-9,
                "only the asked noun is judged so");
        EvidenceScorer president = new EvidenceScorer(List.of(term("رئيس", 1, false), term("روسيا", 3, false)));
        boolean[] asked = {true, false};
        assertEquals(0.0, president.looselyHeld(sentence("قال رئيس روسيا"), List.of(), asked), 1e-9);
        assertEquals(0.0, president.looselyHeld(sentence("في روسيا"), List.of(sentence("قال الرئيس")), asked), 1e-9,
                "a neighbour holding the noun holds it");
        assertEquals(0.25, president.looselyHeld(sentence("قال مسؤول في روسيا"), List.of(), asked), 1e-9);
        assertEquals(0.25, president.looselyHeld(sentence("ترأس الوفد في روسيا"), List.of(), asked), 1e-9,
                "a root relative is loose");
        String minister = stem("وزير");
        String defence = stem("الدفاع");
        EvidenceTerm phrase = new EvidenceTerm("defence minister", Set.of(minister, defence), 1, false,
                Set.of(minister, defence), List.of(List.of(Set.of(defence), Set.of(minister))));
        EvidenceScorer translated = new EvidenceScorer(List.of(phrase));
        assertEquals(1.0, translated.looselyHeld(sentence("قال وزير الخارجية"), List.of(), new boolean[] {true}), 1e-9,
                "one word of a translation of several is loose");
    }

    @Test
    void aRootMatchCountsTheTermAsFoundInTheArticle() {
        EvidenceScorer scorer = new EvidenceScorer(List.of(term("طفل", 1, false), term("نيزك", 1, false)));
        List<SentenceTokens> article = List.of(sentence("بينهم 31 امرأة و5 أطفال"));
        EvidenceScorer.ArticleCheck check = scorer.missingFrom(article, article);
        assertEquals(0.5, check.missingShare(), 1e-9);
    }

    @Test
    void spreadIsTheWeightedShareOfMainStorySentencesHoldingEachTerm() {
        EvidenceScorer scorer = new EvidenceScorer(List.of(term("همدان", 3, false), term("قاعدة", 1, false)));
        SentenceTokens both = sentence("قاعدة همدان الجوية");
        SentenceTokens name = sentence("مطار همدان");
        SentenceTokens neither = sentence("قال المسؤول إن الطائرات غادرت");
        List<SentenceTokens> main = List.of(both, name, neither, neither);
        // همدان in 2 of 4 sentences, قاعدة in 1 of 4: (3 × 0.5 + 1 × 0.25) / 4.
        assertEquals(1.75 / 4, scorer.missingFrom(main, main).spread(), 1e-9);
        // An appended story that names both adds nothing: only the main story spreads.
        List<SentenceTokens> withAppendix = List.of(both, name, neither, neither, both);
        EvidenceScorer.ArticleCheck check = scorer.missingFrom(withAppendix, main);
        assertEquals(1.75 / 4, check.spread(), 1e-9);
        assertEquals(0, check.missingShare(), 1e-9);
        assertEquals(0, scorer.missingFrom(List.of(neither), List.of()).spread(), 1e-9);
    }

    @Test
    void theArticleCheckCountsTheSentencesHoldingEachTermInTheWholeArticle() {
        EvidenceScorer scorer = new EvidenceScorer(List.of(term("همدان", 3, false), term("قاعدة", 1, false),
                term("نيزك", 1, false)));
        SentenceTokens both = sentence("قاعدة همدان الجوية");
        SentenceTokens name = sentence("مطار همدان");
        SentenceTokens neither = sentence("قال المسؤول إن الطائرات غادرت");
        // An appended story counts here, unlike in the spread: the whole article holds the term.
        EvidenceScorer.TermCounts held = scorer.missingFrom(List.of(name, neither, both, name), List.of(name, neither))
                .held();
        assertArrayEquals(new int[] {3, 1, 0}, held.sentences());
        assertArrayEquals(new boolean[] {true, false, false}, held.opening(), "the first sentence holds همدان only");
        assertArrayEquals(new boolean[] {true, true, false}, held.found());
        assertTrue(held.found(1));
        assertFalse(held.found(2));
        assertArrayEquals(new boolean[] {false, false, false},
                scorer.missingFrom(List.of(), List.of()).held().opening(), "an empty article opens on nothing");
    }

    @Test
    void aQuestionWordRecursWhenTwoSentencesOfTheMainStoryHoldIt() {
        EvidenceScorer scorer = new EvidenceScorer(List.of(term("همدان", 3, false), term("قاعدة", 1, false)));
        SentenceTokens both = sentence("قاعدة همدان الجوية");
        SentenceTokens name = sentence("مطار همدان");
        SentenceTokens neither = sentence("قال المسؤول إن الطائرات غادرت");
        assertTrue(scorer.missingFrom(List.of(both, name, neither), List.of(both, name, neither)).recurring());
        // Each word named once: the story mentions them in passing.
        assertFalse(scorer.missingFrom(List.of(both, neither), List.of(both, neither)).recurring());
        // An appended story naming them again is another story.
        assertFalse(scorer.missingFrom(List.of(both, neither, both), List.of(both, neither)).recurring());
    }

    @Test
    void aReweightedScorerScoresAsAFreshOneWithThoseWeights() {
        SentenceTokens both = sentence("قاعدة همدان الجوية");
        SentenceTokens one = sentence("مطار همدان");
        EvidenceScorer searched = new EvidenceScorer(List.of(term("همدان", 3, false), term("قاعدة", 1, false)));
        searched.coverage(both, List.of(one));
        List<EvidenceTerm> lighter = List.of(term("همدان", 0.5, false), term("قاعدة", 1, false));
        EvidenceScorer reweighted = searched.reweighted(lighter);
        EvidenceScorer fresh = new EvidenceScorer(lighter);
        assertEquals(fresh.coverage(one, List.of(both)), reweighted.coverage(one, List.of(both)), 1e-12);
        assertEquals(1.0 / 1.5, reweighted.coverage(sentence("قاعدة جوية"), List.of()), 1e-9);
    }

    @Test
    void aScorerOfOtherTermsSharesNoMatches() {
        SentenceTokens airport = sentence("مطار همدان");
        EvidenceScorer searched = new EvidenceScorer(List.of(term("همدان", 1, false)));
        assertEquals(1.0, searched.coverage(airport, List.of()), 1e-9);
        // Same count of terms, other forms: what "همدان" matched must not count for "أنقرة".
        EvidenceScorer other = searched.reweighted(List.of(term("أنقرة", 1, false)));
        assertEquals(0.0, other.coverage(airport, List.of()), 1e-9);
        // Same form, but spelling variants now count: the strict matches must not be reused.
        SentenceTokens variant = sentence("العميد كيومرث قائد");
        EvidenceScorer strict = new EvidenceScorer(List.of(term("كيومارث", 1, false)));
        assertEquals(EvidenceScorer.ROOT_CREDIT, strict.coverage(variant, List.of()), 1e-9);
        assertTrue(strict.reweighted(List.of(term("كيومارث", 1, true))).coverage(variant, List.of()) > 0.6);
    }

    @Test
    void aCompoundIsFoundWhateverTheOrderOfItsLetters() {
        // The letter masks only rule words out: a compound holding the word in the middle still matches.
        assertEquals(1.0, SpellingMatch.fuzzySimilarity("هاشم", "بورهاشمي"), 1e-9);
        assertEquals(0.0, SpellingMatch.fuzzySimilarity("هاشم", "بورمشاهي"), 1e-9);
    }
    /**
     * The matching visits only the words that can match (a short form's conjugations looked up, a
     * long form's words down to the shortest within reach): on every sentence of the seeds, for the
     * stems of seeds-own's questions and their joined neighbours, it finds what comparing every form
     * with every word finds.
     */
    @Test
    void aFuzzyMatchIsTheBestOfComparingEveryFormWithEveryWord() throws IOException {
        List<SentenceTokens> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file);
                new SentenceSplitter().split(text, 0, text.length())
                        .forEach(span -> sentences.add(sentence(text.substring(span.start(), span.end()))));
            }
        }
        List<Set<String>> terms = new ArrayList<>();
        try (Stream<String> lines = Files.lines(Path.of("src/test/resources/eval/seeds-own.jsonl"))) {
            for (String line : lines.filter(l -> !l.isBlank()).toList()) {
                String question = line.replaceAll(".*\"question\": *\"([^\"]*)\".*", "$1");
                List<String> stems = analyzers.tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize(question));
                for (int i = 0; i < stems.size(); i++) {
                    Set<String> forms = new LinkedHashSet<>(List.of(stems.get(i)));
                    if (i + 1 < stems.size()) {
                        forms.add(stems.get(i) + stems.get(i + 1));
                    }
                    terms.add(forms);
                }
            }
        }
        int fuzzy = 0;
        int compared = 0;
        for (Set<String> forms : terms) {
            EvidenceScorer scorer = new EvidenceScorer(List.of(new EvidenceTerm("t", forms, 1, true)));
            for (SentenceTokens s : sentences) {
                double best = 0;
                for (String form : forms) {
                    for (String word : s.formList()) {
                        best = Math.max(best, SpellingMatch.fuzzySimilarity(form, word));
                    }
                }
                double expected = forms.stream().anyMatch(s.forms()::contains) ? 1 : EvidenceScorer.FUZZY_CREDIT * best;
                double actual = scorer.coverage(s, List.of());
                // Below the root credit a word of the same root may lift it there, and below the derived stem's
                // credit a word of the same derived verb (استهدف / مستهدفا) to that.
                assertTrue(actual == expected || expected < EvidenceScorer.ROOT_CREDIT
                        && actual == EvidenceScorer.ROOT_CREDIT || expected < EvidenceScorer.DERIVED_STEM_CREDIT
                        && actual == EvidenceScorer.DERIVED_STEM_CREDIT, forms + " in " + s.formList() + ": " + actual);
                fuzzy += expected > 0 && expected < 1 ? 1 : 0;
                compared++;
            }
        }
        assertTrue(fuzzy > 100 && compared > 50_000, fuzzy + " fuzzy matches of " + compared);
    }
}
