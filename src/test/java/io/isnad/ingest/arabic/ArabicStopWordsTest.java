package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArabicStopWordsTest {

    @Test
    void aStopWordWithAGluedConjunctionIsOneForNames() {
        assertTrue(ArabicStopWords.containsGlued("وهذا"));
        assertTrue(ArabicStopWords.containsGlued("فقد"));
        assertFalse(ArabicStopWords.containsGlued("وليد"));
        assertTrue(ArabicStopWords.isRelativePronoun("والتي"));
        assertTrue(ArabicStopWords.isRelativePronoun("اللواتي"));
        assertFalse(ArabicStopWords.isRelativePronoun("التين"));
    }

    @Test
    void theLevantinePronounWrittenWawOnAPrepositionIsAStopWordButNotTheIraqiWho() {
        for (String word : new String[] {"عنو", "معو", "الو", "عندو", "قبلو", "فيو"}) {
            assertTrue(ArabicStopWords.contains(word), word);
        }
        assertFalse(ArabicStopWords.DIALECT_ATTACHED.contains("منو"), "the Iraqi who, a question word");
    }

    @Test
    void theDialectsThisGluedToANounsArticleIsReadButNotAWordThatOnlyOpensOnItsLetters() {
        assertTrue(ArabicStopWords.hasGluedDemonstrative("هالحكي"));
        assertTrue(ArabicStopWords.hasGluedDemonstrative("هالشي"));
        assertTrue(ArabicStopWords.hasGluedDemonstrative("وهالمره"), "behind a glued و");
        assertFalse(ArabicStopWords.hasGluedDemonstrative("هاله"), "هالة, halo");
        assertFalse(ArabicStopWords.hasGluedDemonstrative("هالك"));
        assertFalse(ArabicStopWords.hasGluedDemonstrative("الحكي"));
        assertFalse(ArabicStopWords.hasGluedDemonstrative("وهاله"));
    }

    @Test
    void theDialectsThisThingIsAStopWordButNotAnotherNounBehindTheGluedThis() {
        assertTrue(ArabicStopWords.contains(ArabicTextNormalizer.normalize("هالشي")));
        assertTrue(ArabicStopWords.contains(ArabicTextNormalizer.normalize("وهالشي")), "with a glued conjunction");
        assertFalse(ArabicStopWords.contains(ArabicTextNormalizer.normalize("هالهجوم")), "this attack: a noun");
        assertFalse(ArabicStopWords.contains(ArabicTextNormalizer.normalize("هالحكي")));
    }

    @Test
    void aStopWordBehindAnyGluedProcliticIsOneAfterAnotherWord() {
        assertTrue(ArabicStopWords.containsAfterProclitic("في"));
        assertTrue(ArabicStopWords.containsAfterProclitic("بهذا"), "هذا behind ب");
        assertFalse(ArabicStopWords.contains("بما"));
        assertTrue(ArabicStopWords.containsAfterProclitic("بما"), "a word of three letters too: ما behind ب");
        assertFalse(ArabicStopWords.containsGlued("بهذا"), "ب is no conjunction");
        assertFalse(ArabicStopWords.containsAfterProclitic("بيت"));
    }

    @Test
    void theImperativeOfARequestIsAStopWordButNotItsRootsOtherWords() {
        assertTrue(ArabicStopWords.contains(ArabicTextNormalizer.normalize("اذكر")));
        assertTrue(ArabicStopWords.contains(ArabicTextNormalizer.normalize("أذكر")), "folded with its hamza");
        assertTrue(ArabicStopWords.contains("واذكر"), "with a glued conjunction");
        assertFalse(ArabicStopWords.contains("ذكر"), "the past tense is a word of its own");
        assertFalse(ArabicStopWords.contains("الذكري"));
        assertFalse(ArabicQuestionWords.ALL.contains("اذكر"), "it types no question");
    }

    @Test
    void questionWordsWithAGluedConjunctionAreStopWords() {
        assertTrue(ArabicStopWords.contains("وشو"));
        assertTrue(ArabicStopWords.contains("ومين"));
        assertTrue(ArabicStopWords.contains("فكم"));
    }

    @Test
    void questionWordsWithAGluedPrepositionOrWrittenWithDalAreStopWords() {
        // Before, بماذا and لمن were question words no answer sentence holds, so they counted as
        // missing evidence; ممن matched "ممن عارضوا" in an unrelated sentence.
        for (String word : new String[] {"بماذا", "لمن", "ممن", "مادا", "لمادا", "بمادا", "ولمن"}) {
            assertTrue(ArabicStopWords.contains(word), word);
        }
        assertFalse(ArabicStopWords.contains(ArabicTextNormalizer.normalize("مادة")));
    }

    @Test
    void theAskingMaShortenedAfterAPrepositionIsAStopWord() {
        // Unknown to every article, فيمَ تستعمل الأهداب؟ counted a word no sentence holds.
        for (String word : new String[] {"بمَ", "فيمَ", "علامَ", "حتّامَ", "بكم", "وفيم"}) {
            assertTrue(ArabicStopWords.contains(ArabicTextNormalizer.normalize(word)), word);
        }
        // عمّ is also "uncle" and إلامَ folds to الام, "the mother": both stay words.
        assertFalse(ArabicStopWords.contains(ArabicTextNormalizer.normalize("عم")));
        assertFalse(ArabicStopWords.contains(ArabicTextNormalizer.normalize("الأم")));
    }

    @Test
    void dialectFunctionWordsAreStopWordsButContentWordsAreNot() {
        assertTrue(ArabicStopWords.contains("اللي"));
        assertTrue(ArabicStopWords.contains("هيك"));
        assertFalse(ArabicStopWords.contains("فلم"));
        assertFalse(ArabicStopWords.contains("حق"));
        assertFalse(ArabicStopWords.contains("حلب"));
    }

    @Test
    void theFiveDialectsFunctionWordsAndPossessivesWithTheirPronounsAreStopWords() {
        for (String word : new String[] {"انو", "ويا", "ده", "كده", "مو", "ماكو", "اكو", "بس", "كلو", "ديالهم",
                "بتاعو", "تاعها", "انهي", "منوين", "لفين", "واش", "منهو", "شنهي", "هيدا", "بيها", "معاه", "وياه",
                "بلي", "فشي"}) {
            assertTrue(ArabicStopWords.contains(word), word);
        }
        // Standard words or parts of foreign names: تبعه "followed him", دي ميستورا، دا سيلفا.
        for (String word : new String[] {"تبعه", "تبعها", "دي", "دا", "مال", "زي"}) {
            assertFalse(ArabicStopWords.contains(word), word);
        }
        // The Iraqi province ديالى folds to ديال with the pronoun ي, and is no stop word.
        assertFalse(ArabicStopWords.contains(ArabicTextNormalizer.normalize("ديالى")));
        assertTrue(ArabicStopWords.contains(ArabicTextNormalizer.normalize("ديالك")));
    }

    @Test
    void theAdverbsThatStressWhatIsAskedAreStopWords() {
        for (String word : new String[] {"بالضبط", "بالظبط", "بالزبط", "تحديداً", "بالتحديد", "بالذات", "أصلاً",
                "اصلا"}) {
            assertTrue(ArabicStopWords.contains(ArabicTextNormalizer.normalize(word)), word);
        }
        // The words they are made of still count: ضبط "seized", تحديد "setting", الذات "the self", أصل "origin".
        for (String word : new String[] {"ضبط", "تحديد", "الذات", "أصل", "الأصل"}) {
            assertFalse(ArabicStopWords.contains(ArabicTextNormalizer.normalize(word)), word);
        }
    }

    @Test
    void dialectWhatWithAGluedPrepositionPronounsAndDualRelativesAreStopWords() {
        // Before, "بشو بيلقبوا" kept بشو as evidence no article holds, and "من هما الدولتان
        // اللتان" kept هما and اللتان: all three counted as words the corpus lacks.
        for (String word : new String[] {"بشو", "عشو", "وبشو", "هما", "هم", "اللتان", "اللذين"}) {
            assertTrue(ArabicStopWords.contains(word), word);
        }
        assertFalse(ArabicStopWords.contains("فهم"), "also the noun understanding");
        assertFalse(ArabicStopWords.contains("وهم"), "also the noun illusion");
    }

    @Test
    void thePluralAndDualOfKanAreStopWords() {
        // Before, كانوا stayed whole and was weighed as a question word the answer sentence must hold
        // ("شو كانوا يلقبوا…؟"), where كان and كانت were stop words.
        for (String word : new String[] {"كانوا", "وكانوا", "فكانا", "يكونون", "تكونان", "كانو", "يكونو"}) {
            assertTrue(ArabicStopWords.contains(ArabicTextNormalizer.normalize(word)), word);
        }
        assertFalse(ArabicStopWords.contains("كانون"), "the month");
    }

    @Test
    void aFunctionWordWithAGluedPronounIsOneButAContentWordIsNot() {
        for (String word : new String[] {"لديها", "لديهم", "عنه", "فيهما", "عليك"}) {
            assertTrue(ArabicStopWords.containsWithPronoun(ArabicTextNormalizer.normalize(word)), word);
        }
        // Bare, or a content word with a pronoun: no function word is left in front of the pronoun.
        for (String word : new String[] {"لدى", "حكومتها", "قادتهم", "ه"}) {
            assertFalse(ArabicStopWords.containsWithPronoun(ArabicTextNormalizer.normalize(word)), word);
        }
    }

    // The openings are matched against folded text: a form left with its hamza (أما) would never match.
    @Test
    void theTopicShiftsAreFolded() {
        for (String opening : ArabicStopWords.TOPIC_SHIFTS) {
            assertEquals(ArabicTextNormalizer.normalize(opening), opening, opening);
        }
        assertTrue(ArabicStopWords.TOPIC_SHIFTS.contains(ArabicTextNormalizer.normalize("أما")));
    }
}
