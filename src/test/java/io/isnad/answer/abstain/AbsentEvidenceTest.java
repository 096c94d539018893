package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.isnad.index.SentenceTokens;
import io.isnad.index.Snapshot;
import io.isnad.retrieve.EvidenceScorer;
import io.isnad.retrieve.EvidenceTerm;

class AbsentEvidenceTest extends AbsenceCheckCase {

    @Override
    String article() {
        return """
                زيارة إلى طوكيو
                وصل وزير الخارجية الياباني إلى مدينة طوكيو عام 2005 بعد جولة أوروبية.
                وقال الوزير إن المحادثات كانت مثمرة.""";
    }

    /** {@code evidence} (no names, no wording, no verb conjugated otherwise) checked against article a.txt. */
    private AbsentEvidence checkTerms(List<EvidenceTerm> evidence) {
        return checkTerms(evidence, new boolean[evidence.size()]);
    }

    private AbsentEvidence checkTerms(List<EvidenceTerm> evidence, boolean[] sameVerb) {
        try (Snapshot snapshot = fixture().corpus().acquire()) {
            List<SentenceTokens> article = snapshot.sentenceTokens("a.txt");
            boolean[] none = new boolean[evidence.size()];
            return AbsentEvidence.of(snapshot, evidence, new EvidenceScorer(evidence).foundIn(article), article, none,
                    none, sameVerb);
        }
    }

    @Test
    void aVerbTheArticleConjugatesOtherwiseIsNoUnknownWord() {
        // No chunk holds the stem يصلون; where Hunspell reads the article's وصل as the same verb
        // (EvidenceScorer.sameVerb), the question words it otherwise, and names nothing unknown.
        List<EvidenceTerm> evidence = List.of(new EvidenceTerm("minister", Set.of("وزير"), 2, false),
                new EvidenceTerm("يصلون", Set.of("يصلون"), 3, false));
        AbsentEvidence unknown = checkTerms(evidence);
        assertTrue(unknown.unknownWord());
        assertTrue(unknown.strangeShare() > 0);
        AbsentEvidence conjugated = checkTerms(evidence, new boolean[] {false, true});
        assertFalse(conjugated.unknownWord());
        assertEquals(0, conjugated.strangeShare());
    }

    @Test
    void aDictionaryHomonymIsNoMissingWordWhereTheArticleHoldsTheSameWordsName() {
        // A capitalised word FreeDict knows ("Bowl": سلطان) is also transliterated as a name (بول);
        // here "Tokyo" read as شرق (no chunk holds it) and as طوكيو, which the article holds.
        EvidenceTerm minister = new EvidenceTerm("minister", Set.of("وزير"), 2, false);
        EvidenceTerm homonym = new EvidenceTerm("tokyo", Set.of("شرق"), 3, false);
        AbsentEvidence named = checkTerms(List.of(minister, homonym, new EvidenceTerm("tokyo", Set.of("طوكيو"), 3, true)));
        assertFalse(named.unknownWord());
        assertEquals(0, named.strangeShare());
        // A name read only as a spelling variant of the article's word does not excuse the homonym:
        // across corpora a transliteration is often one edit from some word of the wrong article.
        AbsentEvidence variant = checkTerms(List.of(minister, homonym,
                new EvidenceTerm("tokyo", Set.of("طوكيوو"), 3, true)));
        assertTrue(variant.unknownWord());
        assertTrue(variant.strangeShare() > 0);
    }

    @Test
    void aQuestionOfTheArticlesWordsHasNoUnknownWord() {
        AbsentEvidence absent = check("متى وصل وزير الخارجية الياباني إلى طوكيو؟");
        assertFalse(absent.unknownWord());
        assertEquals(0, absent.strangeShare());
        assertFalse(absent.numberMissing());
    }

    @Test
    void aNameNoArticleMentionsIsUnknownAndStrange() {
        AbsentEvidence absent = check("متى وصل وزير الخارجية الياباني إلى قرغيزستان؟");
        assertTrue(absent.unknownWord());
        assertTrue(absent.strangeShare() > 0, () -> "strangeShare " + absent.strangeShare());
    }

    @Test
    void aWordAnotherArticleHoldsIsNotUnknown() {
        assertFalse(check("متى وصل وزير الخارجية الياباني إلى الجبال؟").unknownWord());
    }

    @Test
    void aWordOneEditFromAnArticleWordIsATypoNotAnUnknownWord() {
        // No chunk holds فال; the article holds قال, written alike but for a dot: the word typed in
        // haste. Three letters are too short for the scorer's spelling variants, so only the typo holds it.
        AbsentEvidence typo = check("ماذا فال الوزير عن المحادثات؟");
        assertFalse(typo.unknownWord());
        assertEquals(0, typo.strangeShare());
        // Two letters apart it is another word the articles never mention.
        assertTrue(check("ماذا فاك الوزير عن المحادثات؟").unknownWord());
    }

    @Test
    void aWordOneRootConsonantFromAnArticleWordIsUnknownThoughTheScorerTakesItForAVariant() {
        // No chunk holds زيادة; the article writes زيارة, one root consonant apart (ر / د), which the
        // evidence scorer takes for a spelling variant: another word, which the articles never use.
        AbsentEvidence otherRoot = check("متى كانت زيادة وزير الخارجية الياباني إلى طوكيو؟");
        assertTrue(otherRoot.unknownWord());
        // A letter written alike but for its dot (مثمزة for the article's مثمرة) is a slip: still a typo.
        assertFalse(check("ماذا قال الوزير عن المحادثات المثمزة؟").unknownWord());
    }

    @Test
    void aBrokenPluralOfAnArticleWordIsNotUnknown() {
        // No chunk holds المدن, but the article holds مدينة, of the same skeleton.
        assertFalse(check("ما المدن في جولة وزير الخارجية الياباني؟").unknownWord());
    }

    @Test
    void aNumberTheArticleLacksIsMissing() {
        AbsentEvidence absent = check("ماذا فعل وزير الخارجية الياباني عام 1999؟");
        assertTrue(absent.numberMissing());
        assertTrue(absent.unknownWord());
    }

    @Test
    void aYearOneApartFromTheArticlesIsMissingNotAVariant() {
        // The article gives 2005; the evidence scorer's fuzzy name match would let 2006 pass for it.
        AbsentEvidence absent = check("متى وصل وزير الخارجية الياباني إلى طوكيو عام 2006؟");
        assertTrue(absent.numberMissing());
        assertTrue(absent.unknownWord());
    }

    @Test
    void aNumberNoArticleHoldsIsAnUnknownFigure() {
        assertTrue(check("ماذا فعل وزير الخارجية الياباني عام 1999؟").unknownFigure());
    }

    @Test
    void aNumberOnlyAnotherArticleHoldsIsMissingButNoUnknownFigure() {
        // Article b gives 2010: the question may add the year from there, or from what it knows.
        AbsentEvidence absent = check("ماذا فعل وزير الخارجية الياباني عام 2010؟");
        assertTrue(absent.numberMissing());
        assertFalse(absent.unknownFigure());
    }

    @Test
    void aNumberOneWordSpellsIsNoUnknownFigure() {
        // No chunk holds the digits 9 or 40, but an article may give them as تسعة or أربعين.
        for (String question : List.of("ماذا فعل وزير الخارجية الياباني بعد 9 أيام؟",
                "ماذا فعل وزير الخارجية الياباني بعد 40 يوما؟")) {
            AbsentEvidence absent = check(question);
            assertTrue(absent.numberMissing(), question);
            assertFalse(absent.unknownFigure(), question);
        }
        assertTrue(check("ماذا فعل وزير الخارجية الياباني بعد 15 يوما؟").unknownFigure());
    }

    @Test
    void theArticlesOwnYearIsNotMissing() {
        AbsentEvidence absent = check("متى وصل وزير الخارجية الياباني إلى طوكيو عام 2005؟");
        assertFalse(absent.numberMissing());
        assertFalse(absent.unknownFigure());
    }

    @Test
    void aPlaceTheArticleNamesIsNoMissingName() {
        assertFalse(check("متى وصل وزير الخارجية الياباني إلى طوكيو؟").nameMissing());
        assertFalse(check("When did the Japanese foreign minister arrive in Tokyo?").nameMissing());
    }

    @Test
    void aPlaceOnlyAnotherArticleNamesIsAMissingNameThoughNoUnknownWord() {
        AbsentEvidence arabic = check("متى وصل وزير الخارجية الياباني إلى باريس؟");
        assertTrue(arabic.nameMissing());
        assertFalse(arabic.unknownWord());
        assertTrue(check("When did the Japanese foreign minister arrive in Paris?").nameMissing());
    }

    @Test
    void aCommonWordTheArticleLacksIsNoName() {
        // سباق is in another article only, but it is no name: a paraphrase, not another place.
        assertFalse(check("هل فاز وزير الخارجية الياباني بسباق؟").nameMissing());
    }

    @Test
    void aCapitalisedEnglishWordTheLexiconKnowsAsNoPlaceOrPersonIsNoName() {
        // "Win" is capitalised and translated (فوز، فاز: another article only), but the lexicon's
        // places and people lists do not hold it: a title word or a dictionary homonym of a name,
        // not a name the article lacks; "Paris" in the same place is one.
        assertFalse(check("Did the Japanese foreign minister arrive in Tokyo after the Win?").nameMissing());
        assertTrue(check("Did the Japanese foreign minister arrive in Tokyo after Paris?").nameMissing());
    }

    @Test
    void aVerbOfTheQuestionsOwnWordingIsUnknownButNotStrange() {
        // No article uses رجعت: the question is phrased otherwise, its subject is all there.
        AbsentEvidence absent = check("متى رجعت وزير الخارجية الياباني إلى طوكيو؟");
        assertTrue(absent.unknownWord());
        assertEquals(0, absent.strangeShare());
    }

    @Test
    void aDialectVerbAddsNothingToTheStrangeShareAnUnknownNameAddsToIt() {
        double nameAlone = check("متى وصل وزير الخارجية الياباني إلى قرغيزستان؟").strangeShare();
        double withVerb = check("وين بيسافروا وزير الخارجية الياباني إلى قرغيزستان؟").strangeShare();
        assertTrue(nameAlone > 0);
        // The dialect verb is unknown evidence too: it only dilutes the name's share, never adds to it.
        assertTrue(withVerb > 0 && withVerb <= nameAlone, () -> withVerb + " against " + nameAlone);
    }

    @Test
    void anUnknownWordShapedLikeANameIsAnUnknownName() {
        AbsentEvidence absent = check("متى وصل وزير الخارجية الياباني إلى زوربانيا؟");
        assertEquals(List.of("زوربانيا"), absent.unknownNames().stream().map(EvidenceTerm::label).toList());
        // The lexicon does not know it: whether it counts as a missing name is the answerer's call.
        assertFalse(absent.nameMissing());
    }

    @Test
    void anUnknownWordOfFourLettersIsAnUnknownName() {
        assertEquals(List.of("ميلر"), check("متى وصل وزير الخارجية الياباني إلى ميلر؟").unknownNames().stream()
                .map(EvidenceTerm::label).toList());
    }

    @Test
    void unknownWordsOfOtherShapesAreNoUnknownNames() {
        for (String question : List.of(
                "متى وصل وزير الخارجية الياباني إلى كوز؟", // three letters: a typo or two words run together as often
                "ماسم وزير الخارجية الياباني؟", // four letters after ما: "ما اسم" run together
                "متى رجعت وزير الخارجية الياباني إلى طوكيو؟", // the question's own verb
                "ماذا قال وزير الخارجية الياباني في لقائهما؟", // a glued pronoun: "their meeting" is no name
                "من كان يمارسها مع وزير الخارجية الياباني؟")) { // a stem shaped like a verb (يمارس)
            AbsentEvidence absent = check(question);
            assertTrue(absent.unknownWord(), question);
            assertEquals(List.of(), absent.unknownNames(), question);
        }
        // Unknown only to the article, not to the corpus: no unknown word at all.
        assertEquals(List.of(), check("متى وصل وزير الخارجية الياباني إلى الجبال؟").unknownNames());
    }

    @Test
    void theNounThatTypesTheQuestionIsNoNameThoughTheLexiconKnowsItAsOne() {
        // The lexicon's places know السنة as "the Sunnis"; after أي it is the year asked for.
        assertFalse(check("في أي سنة وصل وزير الخارجية الياباني إلى طوكيو؟").nameMissing());
    }
}
