package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ArabicRootSkeletonTest {

    @Test
    void aTwoLetterPronounOfTheThirdPersonIsCutWithThreeLettersLeft() {
        assertEquals(Optional.of("رسم"), ArabicRootSkeleton.withoutTwoLetterThirdPersonPronoun("رسمها"));
        assertEquals(Optional.of("سكان"), ArabicRootSkeleton.withoutTwoLetterThirdPersonPronoun("سكانهما"));
        assertEquals(Optional.of("ولاد"), ArabicRootSkeleton.withoutTwoLetterThirdPersonPronoun("ولادهم"));
        assertEquals(Optional.empty(), ArabicRootSkeleton.withoutTwoLetterThirdPersonPronoun("قابله"), "a lone ه");
        assertEquals(Optional.empty(), ArabicRootSkeleton.withoutTwoLetterThirdPersonPronoun("منها"), "two left");
        assertEquals(Optional.empty(), ArabicRootSkeleton.withoutTwoLetterThirdPersonPronoun("مجلس"), "none glued");
    }

    @Test
    void anyPronounOfTheThirdPersonIsCutWithThreeLettersLeftTheTwoLetterOnesFirst() {
        assertEquals(Optional.of("يقود"), ArabicRootSkeleton.withoutThirdPersonPronoun("يقودهم"));
        assertEquals(Optional.of("قاد"), ArabicRootSkeleton.withoutThirdPersonPronoun("قادها"), "ها, not its ا");
        assertEquals(Optional.of("قاد"), ArabicRootSkeleton.withoutThirdPersonPronoun("قاده"), "a lone ه");
        assertEquals(Optional.empty(), ArabicRootSkeleton.withoutThirdPersonPronoun("منه"), "two left");
        assertEquals(Optional.empty(), ArabicRootSkeleton.withoutThirdPersonPronoun("يترأس"), "none glued");
    }

    @Test
    void theDerivationsOfAVerbOfFormTenShareItsStemAnotherDerivationOfTheRootNot() {
        for (String word : List.of("استخدام", "مستخدمة", "يستخدمون", "باستخدام")) {
            assertTrue(ArabicRootSkeleton.keys(word).stream().anyMatch(ArabicRootSkeleton::formTenStem), word);
        }
        assertTrue(ArabicRootSkeleton.keys("الخدمة").stream().noneMatch(ArabicRootSkeleton::formTenStem));
        // A longer key keeps the proclitic (بستخدم); a key of three is the root alone.
        assertFalse(ArabicRootSkeleton.formTenStem("بستخدم"));
        assertFalse(ArabicRootSkeleton.formTenStem("خدم"));
    }

    @Test
    void theSimpleVerbsActiveParticipleIsReadInAnyOfItsForms() {
        assertTrue(ArabicRootSkeleton.activeParticiple("الناطقه"));
        assertTrue(ArabicRootSkeleton.activeParticiple("بالزايده"));
        assertTrue(ArabicRootSkeleton.activeParticiple("كاتبون"));
        assertTrue(ArabicRootSkeleton.activeParticiple("ناطق"));
        // Other patterns: a three-letter noun with the feminine ending, a verbal noun, a long vowel last.
        assertFalse(ArabicRootSkeleton.activeParticiple("الساعه"));
        assertFalse(ArabicRootSkeleton.activeParticiple("البطوله"));
        assertFalse(ArabicRootSkeleton.activeParticiple("الاشعاع"));
        assertFalse(ArabicRootSkeleton.activeParticiple("باشا"));
        assertFalse(ArabicRootSkeleton.activeParticiple("Kant"));
    }

    @Test
    void aNamesWholeConsonantsKeepItsFirstAndLastLetters() {
        assertEquals("برجس", ArabicRootSkeleton.wholeConsonants("بورجس"));
        assertEquals("بستس", ArabicRootSkeleton.wholeConsonants("بيستيس"));
        // of() reads the first ب as a preposition and the last ات as a plural; a name's letters are its own.
        assertEquals("بلتس", ArabicRootSkeleton.wholeConsonants("بلاتس"));
        assertEquals("كمبرت", ArabicRootSkeleton.wholeConsonants("كامبرات"));
    }

    @Test
    void aNameWithAVowelMoreHasNestedVowelPlacesAnotherWordNot() {
        assertTrue(ArabicRootSkeleton.vowelPlacesNested("برجس", "بورجس"));
        assertTrue(ArabicRootSkeleton.vowelPlacesNested("بيستيس", "بستيس"));
        assertTrue(ArabicRootSkeleton.vowelPlacesNested("بستيس", "بستيس"));
        assertFalse(ArabicRootSkeleton.vowelPlacesNested("غراهام", "غيرهم"), "a vowel after another consonant");
        assertFalse(ArabicRootSkeleton.vowelPlacesNested("ماركوز", "مراكز"));
    }

    @Test
    void brokenPluralsAndTheirSingularsShareASkeleton() {
        assertTrue(ArabicRootSkeleton.same("القتلى", "قتيلاً"));
        assertTrue(ArabicRootSkeleton.same("الجرحى", "جريحاً"));
        assertTrue(ArabicRootSkeleton.same("المدن", "مدينة"));
        assertTrue(ArabicRootSkeleton.same("الترشيحات", "ترشيحات"));
        assertTrue(ArabicRootSkeleton.same("أطفال", "طفل"));
    }

    @Test
    void aTaMarbutaIsWrittenTBeforeAGluedPronoun() {
        assertEquals(Optional.of("قنصليت"), ArabicRootSkeleton.beforeGluedPronoun(ArabicTextNormalizer.normalize("قنصلية")));
        assertEquals(Optional.empty(), ArabicRootSkeleton.beforeGluedPronoun("قوات"), "no ta marbuta");
        assertEquals(Optional.empty(), ArabicRootSkeleton.beforeGluedPronoun(ArabicTextNormalizer.normalize("سنة")),
                "too short to tell from a pronoun");
        assertEquals(Optional.empty(), ArabicRootSkeleton.beforeGluedPronoun("اتجاه"), "after ا the ه is often the root's");
    }

    @Test
    void aHamzaSeatedBeforeAGluedPronounIsReadOnTheLineWithoutThePronoun() {
        for (String glued : List.of("بنائها", "بناؤها", "بنائهم", "بنائهما", "بنائكم", "بناؤه")) {
            assertEquals(Optional.of("بناء"), ArabicRootSkeleton.withHamzaOnLine(ArabicTextNormalizer.normalize(glued)),
                    glued);
        }
        assertEquals(Optional.empty(), ArabicRootSkeleton.withHamzaOnLine(ArabicTextNormalizer.normalize("بنائه")),
                "ي before ه is as often a folded ta marbuta (بناية)");
        assertEquals(Optional.empty(), ArabicRootSkeleton.withHamzaOnLine(ArabicTextNormalizer.normalize("رأيها")),
                "one letter before ا: the root's ي");
        assertEquals(Optional.empty(), ArabicRootSkeleton.withHamzaOnLine("كتابها"), "no seat before the pronoun");
        assertEquals(Optional.empty(), ArabicRootSkeleton.withHamzaOnLine("البناء"), "no pronoun");
    }

    @Test
    void aTBeforeAGluedPronounIsReadWithItsTaMarbutaBack() {
        for (String glued : List.of("جنازتهم", "جنازتهن", "جنازتكم", "جنازتهما", "جنازتنا")) {
            assertEquals(Optional.of(ArabicTextNormalizer.normalize("جنازة")),
                    ArabicRootSkeleton.withoutPronounAfterTa(ArabicTextNormalizer.normalize(glued)), glued);
        }
        assertEquals(Optional.empty(), ArabicRootSkeleton.withoutPronounAfterTa(ArabicTextNormalizer.normalize("جنازة")),
                "no pronoun");
        assertEquals(Optional.empty(), ArabicRootSkeleton.withoutPronounAfterTa("كتابهم"), "no ت before the pronoun");
        assertEquals(Optional.empty(), ArabicRootSkeleton.withoutPronounAfterTa("جنازتها"), "the stemmer strips ها itself");
        assertEquals(Optional.empty(), ArabicRootSkeleton.withoutPronounAfterTa("جنازته"), "the stemmer strips ه itself");
    }

    @Test
    void theTaMarbutaIsReadBackOnlyBeforeThePronounsTheCallerGives() {
        assertEquals(Optional.of("قنصليه"), ArabicRootSkeleton.withTaMarbutaBefore("قنصليتها", List.of("ها", "هم")));
        assertEquals(Optional.empty(), ArabicRootSkeleton.withTaMarbutaBefore("قنصليتها", List.of("هم")),
                "ها not given");
        assertEquals(Optional.empty(), ArabicRootSkeleton.withTaMarbutaBefore("بيتهم", List.of("هم")),
                "fewer than three letters before the ت");
    }

    @Test
    void aQuestionIsReadWithItsNounsWithoutTheirPronouns() {
        String question = ArabicTextNormalizer.normalize("منين طلعت جنازتهم؟");
        assertEquals(ArabicTextNormalizer.normalize("منين طلعت جنازة؟"), ArabicRootSkeleton.withPronounsAfterTaRead(question));
        String untouched = ArabicTextNormalizer.normalize("أين بيتهم وحكومتها؟");
        assertEquals(untouched, ArabicRootSkeleton.withPronounsAfterTaRead(untouched));
    }

    @Test
    void anAtBeforeAPronounIsLeftAlone() {
        for (String word : List.of("بياناتهم", "بمباراتهم", "حياتهم")) {
            assertEquals(Optional.empty(), ArabicRootSkeleton.withoutPronounAfterTa(ArabicTextNormalizer.normalize(word)),
                    word + ": a plural's ات or a singular's ة");
        }
    }

    @Test
    void aShortWordBeforeTheTKeepsIt() {
        for (String word : List.of("بيتهم", "وقتنا", "ذاتهم", "تحتهم", "اتهم", "متهم", "المتهم")) {
            assertEquals(Optional.empty(), ArabicRootSkeleton.withoutPronounAfterTa(ArabicTextNormalizer.normalize(word)),
                    word);
        }
    }

    @Test
    void differentRootsDoNotMatch() {
        assertFalse(ArabicRootSkeleton.same("القتلى", "جريحاً"));
        assertFalse(ArabicRootSkeleton.same("مقاطعة", "منطقة"));
    }

    @Test
    void shortOrNonArabicWordsNeverMatch() {
        assertFalse(ArabicRootSkeleton.same("في", "في"));
        assertFalse(ArabicRootSkeleton.same("killed", "killed"));
        assertEquals("", ArabicRootSkeleton.of("killed"));
    }

    @Test
    void derivedFormsShareAKeyWithTheirRoot() {
        assertTrue(shareKey("محذراً", "حذر"), "participle with م");
        assertTrue(shareKey("نحذر", "حذر"), "present tense with ن");
        assertTrue(shareKey("تبعد", "بعيد"), "present tense with ت against an adjective");
        assertTrue(shareKey("بلقب", "لقبه"), "a glued preposition and a suffix");
        assertTrue(shareKey("الملقب", "لقب"), "participle with the article");
        assertTrue(shareKey("استهداف", "هدف"), "form X");
        assertTrue(shareKey("أطلقتها", "إطلاق"), "past tense with ت and a pronoun");
    }

    @Test
    void aBrokenPluralKeepsTheLetterASuffixWouldTake() {
        // "رهائن" ends in ين only by accident: its ن is a root letter.
        assertTrue(shareKey("الرهائن", "رهينة"));
    }

    @Test
    void keysOfDifferentRootsDoNotMeet() {
        assertFalse(shareKey("مقاطعة", "منطقة"));
        assertFalse(shareKey("القتلى", "الجرحى"));
        assertFalse(shareKey("زيارة", "وزير"));
    }

    @Test
    void keysAreAtLeastThreeLettersAndArabicOnly() {
        assertTrue(ArabicRootSkeleton.keys("قال").isEmpty(), "قل is too short to match on");
        assertTrue(ArabicRootSkeleton.keys("killed").isEmpty());
        assertTrue(ArabicRootSkeleton.keys("المحذرين").stream().allMatch(k -> k.length() >= ArabicRootSkeleton.MIN_LENGTH));
    }

    @Test
    void weakAndDoubledRootsShareAWeakKeyWithTheirOtherForms() {
        assertTrue(shareWeakKey("فاز", "فازوا"), "hollow: the verb's plural");
        assertTrue(shareWeakKey("يفوز", "الفوز"), "hollow: present tense and verbal noun");
        assertTrue(shareWeakKey("قال", "يقول"), "hollow");
        assertTrue(shareWeakKey("وصلت", "الوصول"), "assimilated: و in front");
        assertTrue(shareWeakKey("وصلت", "يصل"), "assimilated: the present tense drops the و");
        assertTrue(shareWeakKey("بنى", "بناء"), "defective: the hamza after ا");
        assertTrue(shareWeakKey("دعا", "الدعوة"), "defective");
        assertTrue(shareWeakKey("فروا", "الفرار"), "doubled: the verbal noun spells the letter twice");
        assertTrue(shareWeakKey("مد", "الممدود") || shareWeakKey("يمد", "الممدود"), "doubled");
    }

    @Test
    void aPresentTenseOfAWeakOrDoubledRootSharesAPersonKeyWithItsOtherPersons() {
        assertTrue(sharePersonKey("تحد", "يحدها"), "doubled: she and he, with an object pronoun");
        assertTrue(sharePersonKey("تُحدّ", "وتحدها"), "written with its marks, and after a glued و");
        assertTrue(sharePersonKey("تصل", "يصل"), "assimilated: the present tense drops the و");
        assertTrue(sharePersonKey("تقول", "يقولون"), "hollow, with the plural ending");
        assertTrue(sharePersonKey("تدعو", "يدعوها"), "defective");
        assertFalse(shareKey("تحد", "يحدها"), "a skeleton of two letters (حد) matches nothing");
    }

    @Test
    void aPersonKeyIsNoDerivedWordsNorTheFirstPersons() {
        assertFalse(sharePersonKey("متحد", "تحد"), "a participle's م is no person");
        assertFalse(sharePersonKey("أمن", "اليمن"), "أ stands before nouns as often as before verbs");
        assertFalse(sharePersonKey("نقل", "يقل"), "so does ن");
        assertTrue(ArabicRootSkeleton.personKeys("يعتبر").isEmpty(), "a sound root's skeleton is keys()'s");
        assertTrue(ArabicRootSkeleton.personKeys("killed").isEmpty());
    }

    @Test
    void aPresentTenseInTheOtherPersonSwapsItsPersonLetter() {
        assertEquals(Optional.of("يقع"), ArabicRootSkeleton.otherPerson("تقع"));
        assertEquals(Optional.of("تحد"), ArabicRootSkeleton.otherPerson("يحد"));
        assertEquals(Optional.empty(), ArabicRootSkeleton.otherPerson("نقع"), "the first persons are not read");
        assertEquals(Optional.empty(), ArabicRootSkeleton.otherPerson("احد"));
        assertEquals(Optional.empty(), ArabicRootSkeleton.otherPerson(""));
    }

    private static boolean sharePersonKey(String a, String b) {
        return ArabicRootSkeleton.personKeys(a).stream().anyMatch(ArabicRootSkeleton.personKeys(b)::contains);
    }

    @Test
    void aWeakKeyKeepsTheWeakLettersPlace() {
        assertFalse(shareWeakKey("عاد", "عدا"), "hollow ع_د is no defective عد_");
        assertFalse(shareWeakKey("وقال", "يقل"), "the conjunction و is no assimilated root's");
        assertFalse(shareWeakKey("وزير", "زيارة"), "a glued letter is not stripped for a weak key");
        assertTrue(ArabicRootSkeleton.weakKeys("من").isEmpty(), "two-letter words have none");
        assertTrue(ArabicRootSkeleton.weakKeys("الفرار").isEmpty(), "a skeleton of three letters is keys()'s");
    }

    /**
     * The letters of a weak key and of a skeleton are the folded word's own, which lets the weak-root scan
     * of an article skip the words lacking them ({@code AbsentEvidence}, {@code WeakRootKeys}).
     */
    @Test
    void everyKeysLettersAreLettersOfItsWord() {
        assertEquals("فز", ArabicRootSkeleton.weakKeyLetters("ف_ز"));
        for (String word : List.of("فازوا", "الفوز", "وصوله", "الموصول", "يصل", "يمد", "فروا", "الفرار", "بناء",
                "والدعوه", "يحدها", "المستشفيات")) {
            Set<String> keys = new HashSet<>(ArabicRootSkeleton.weakKeys(word));
            keys.addAll(ArabicRootSkeleton.keys(word));
            assertFalse(keys.isEmpty(), word);
            for (String key : keys) {
                assertTrue(ArabicRootSkeleton.weakKeyLetters(key).chars().allMatch(c -> word.indexOf(c) >= 0),
                        word + " " + key);
            }
        }
    }

    @Test
    void aDialectVerbSharesAKeyWithTheArticlesWordOfItsRoot() {
        assertTrue(shareKey("حيلقبوه", "الملقب"), "future ح, plural and object pronoun");
        assertTrue(shareKey("هيعلنوا", "أعلن"), "future ه");
        assertTrue(shareKey("عمنحذر", "محذراً"), "progressive عم written as one word");
        assertTrue(shareKey("وبيستهدفوا", "استهداف"), "a glued و before the habitual ب");
        assertTrue(shareKey("رجعنا", "رجوع"), "past tense of the first person plural");
    }

    @Test
    void aVerbBehindTheMaghrebiMarkerLooksConjugatedAsOneBehindTheHabitualBDoes() {
        assertEquals("يعتبرو", ArabicRootSkeleton.withoutMaghrebiMarker("كيعتبرو").orElseThrow());
        assertEquals("نقولو", ArabicRootSkeleton.withoutMaghrebiMarker("وكنقولو").orElseThrow());
        assertTrue(ArabicRootSkeleton.withoutMaghrebiMarker("كيان").isEmpty(), "too short to hold a verb");
        assertTrue(ArabicRootSkeleton.withoutMaghrebiMarker("كتابة").isEmpty(), "no present-tense letter after ك");
        assertEquals(ArabicRootSkeleton.verbStem("بيتعرف"), ArabicRootSkeleton.verbStem("كيتعرف"));
        assertTrue(ArabicRootSkeleton.looksConjugated("كيعتبرو"));
        assertFalse(ArabicRootSkeleton.looksConjugated("كيانات"), "a noun's letters after ك + ي: no present tense");
        assertFalse(ArabicRootSkeleton.looksConjugated("كينغز"), "three letters past the person letter: a name's as often");
    }

    @Test
    void aDialectMarkerIsStrippedOnlyBeforeThePresentTense() {
        assertEquals("يلقبوا", ArabicRootSkeleton.withoutDialectMarker("بيلقبوا").orElseThrow());
        assertEquals("يقول", ArabicRootSkeleton.withoutDialectMarker("حيقول").orElseThrow());
        assertTrue(ArabicRootSkeleton.withoutDialectMarker("حلب").isEmpty(), "no present-tense letter after ح");
        assertTrue(ArabicRootSkeleton.withoutDialectMarker("عمان").isEmpty(), "Amman, not عم + a verb");
        assertTrue(ArabicRootSkeleton.withoutDialectMarker("بيان").isEmpty(), "too short to hold a verb");
    }

    @Test
    void aVerbInADialectsInflectionIsReadInItsStandardForms() {
        assertEquals(List.of("تعترف"), readings("بتعترف"));
        assertEquals(List.of("يقاتلوا", "يقاتلون"), readings("عميقاتلوا"));
        assertEquals(List.of("يقاتلون"), readings("يقاتلوا"));
        assertEquals(List.of("يعتبرو", "يعتبرون", "يعتبروا"), readings("كيعتبرو"));
        assertEquals(List.of("نقولو", "نقولون", "نقولوا"), readings("كنقولو"));
        assertEquals(List.of("نقل"), readings("اتنقل"));
        assertEquals(List.of("يروح"), readings("حيروح"));
    }

    @Test
    void shortWordsAndWordsOfNoInflectionHaveNoReading() {
        for (String word : List.of("كيف", "تيار", "حلب", "سوريا", "قالوا", "2016", "killed",
                "اتساع", "اتفاق", "تتمثل", "ماهو", "طوكيو", "قالو", "كتابة")) {
            assertEquals(List.of(), readings(word), word);
        }
    }

    private static List<String> readings(String word) {
        return ArabicRootSkeleton.standardReadings(ArabicTextNormalizer.normalize(word));
    }

    @Test
    void aDefectiveVerbsPastIsReadAsItsFeminineAndPluralWithoutTheWeakLetter() {
        assertEquals(List.of("نعت", "نعوا"), defective("نعى"));
        assertEquals(List.of("دعت", "دعوا"), defective("دعا"));
        assertEquals(List.of("القت", "القوا"), defective("ألقى"), "form IV, its أ kept");
        for (String word : List.of("على", "حتى", "ألفا", "قال", "كتب", "ولي", "مصري", "عربي", "سوريا", "نعت", "في",
                "killed")) {
            assertEquals(List.of(), defective(word), word);
        }
    }

    private static List<String> defective(String word) {
        return ArabicRootSkeleton.defectivePastReadings(ArabicTextNormalizer.normalize(word));
    }

    @Test
    void conjugatedVerbsLookConjugatedNamesAndNounsDoNot() {
        for (String verb : List.of("بيلقبوا", "حيقول", "سمت", "رجعت", "انطلقت", "اتهمت", "قالوا", "ارسلتها", "وشاركوا",
                "ينتمي", "يولد", "ليصبح", "ستفقد", "يقاتلون", "وينتمي", "نقاتل", "يقولان")) {
            assertTrue(ArabicRootSkeleton.looksConjugated(ArabicTextNormalizer.normalize(verb)), verb);
        }
        for (String other : List.of("حلب", "سوريا", "الكويت", "قوات", "عضوا", "طوكيو", "شمخاني", "قرغيزستان",
                "الحصيلة", "تاغار", "نورتروب", "2016", "killed", "بيانات", "حياته", "هينزبيرغ", "فيينا", "فينشي",
                "نورمان", "نقطتين")) {
            assertFalse(ArabicRootSkeleton.looksConjugated(ArabicTextNormalizer.normalize(other)), other);
        }
    }

    @Test
    void aWordThatLooksConjugatedIsReadDownToItsVerbStem() {
        // Conjunction and person letter (ويليام), particle (ستفقد), dialect marker and ending (بيلقبوا), plural
        // ending (يقاتلون), past ending (قالوا) and an object pronoun after it (أرسلتها).
        List<List<String>> stems = List.of(List.of("ويليام", "ليام"), List.of("ستفقد", "فقد"), List.of("بيلقبوا", "لقب"),
                List.of("يقاتلون", "قاتل"), List.of("قالوا", "قال"), List.of("أرسلتها", "ارسل"));
        for (List<String> word : stems) {
            assertEquals(Optional.of(word.get(1)), ArabicRootSkeleton.verbStem(ArabicTextNormalizer.normalize(word.get(0))),
                    word.get(0));
        }
        for (String other : List.of("حلب", "الحصيلة", "بيانات", "نورمان", "killed")) {
            assertEquals(Optional.empty(), ArabicRootSkeleton.verbStem(ArabicTextNormalizer.normalize(other)), other);
        }
    }

    @Test
    void aParticleGluedToAWordIsToldFromAName() {
        for (String word : List.of("ماسم", "ليتم", "ليكون")) {
            assertTrue(ArabicRootSkeleton.startsWithParticle(ArabicTextNormalizer.normalize(word)), word);
        }
        for (String name : List.of("ميلر", "لويس", "بونز")) {
            assertFalse(ArabicRootSkeleton.startsWithParticle(ArabicTextNormalizer.normalize(name)), name);
        }
    }

    @Test
    void aGluedPronounOfTwoLettersOrMoreMarksACommonWordNotAName() {
        for (String word : List.of("لقائهما", "عهودهم", "حولهن", "عليكم", "بينكما", "قنواتهما")) {
            assertTrue(ArabicRootSkeleton.carriesPronoun(ArabicTextNormalizer.normalize(word)), word);
        }
        // Names, a pronoun alone, a word too short to carry one, ها (which names end in) and Latin words.
        for (String other : List.of("ليوناردو", "إبراهيم", "رستم", "هم", "فهم", "أبها", "نانومتر", "them")) {
            assertFalse(ArabicRootSkeleton.carriesPronoun(ArabicTextNormalizer.normalize(other)), other);
        }
    }

    @Test
    void aWordWithAGluedPronounIsReadWithoutIt() {
        assertEquals(Optional.of("عهود"), ArabicRootSkeleton.withoutPronoun("عهودهم"));
        assertEquals(Optional.of("قنوات"), ArabicRootSkeleton.withoutPronoun("قنواتهما"));
        // The longest pronoun first: لديهما is لدي + هما, not لديهم + ا.
        assertEquals(Optional.of("لتبني"), ArabicRootSkeleton.withoutPronoun("لتبنيهما"));
        assertEquals(Optional.of("بين"), ArabicRootSkeleton.withoutPronoun("بينكما"));
        // ها, a pronoun alone, three letters and a name carry none to drop.
        for (String other : List.of("لديها", "هم", "فهم", "إبراهيم", "them")) {
            assertEquals(Optional.empty(), ArabicRootSkeleton.withoutPronoun(ArabicTextNormalizer.normalize(other)), other);
        }
    }

    @Test
    void theArticleAlsoAfterAGluedPrepositionMarksADefiniteWord() {
        for (String word : List.of("المعتادة", "بالمنازل", "للشعيرات", "والبولوني", "كالمعتاد")) {
            assertTrue(ArabicRootSkeleton.carriesArticle(ArabicTextNormalizer.normalize(word)), word);
        }
        // Names without it, and ال before fewer than three letters: a verb of a root in ل (ألغى).
        for (String other : List.of("زوربانيا", "ليوناردو", "ألغى", "ألف", "معتادة")) {
            assertFalse(ArabicRootSkeleton.carriesArticle(ArabicTextNormalizer.normalize(other)), other);
        }
    }

    @Test
    void aWordEndingInAThirdPersonsPronounAfterAStemCarriesIt() {
        for (String word : List.of("نظيره", "عزّاه", "بيصنفها", "قادتهم", "لقائهما", "نظيرُهُ")) {
            assertTrue(ArabicRootSkeleton.endsInThirdPersonPronoun(word), word);
        }
        // A ة (folding would make it ه), the article, a stem too short, another person's pronoun.
        for (String other : List.of("المدرسة", "الكليه", "عنه", "كتابك", "them", "المدرسةُ", "عنهُ")) {
            assertFalse(ArabicRootSkeleton.endsInThirdPersonPronoun(other), other);
        }
    }

    private static boolean shareKey(String a, String b) {
        return ArabicRootSkeleton.keys(a).stream().anyMatch(ArabicRootSkeleton.keys(b)::contains);
    }

    /**
     * A word's skeleton is one of its keys: so a word sharing a skeleton with a question word also
     * shares a key with it, and the evidence scorer's root credit finds every word the skeleton
     * would (the abstention features rely on it and no longer compare skeletons themselves).
     */
    @Test
    void everyWordsSkeletonIsOneOfItsKeys() throws IOException {
        List<String> words = new ArrayList<>();
        for (Path dir : List.of(Path.of("seeds"), Path.of("src/test/resources/eval/xquad-dev/corpus"),
                Path.of("src/test/resources/eval/arcd-train/corpus"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    words.addAll(List.of(Files.readString(file).split("[^\\p{IsArabic}]+")));
                }
            }
        }
        words.addAll(List.of("أطلقتا", "ذهبوا", "وجهه", "والمدينتان", "بمحطات", "كتبتها"));
        int checked = 0;
        for (String word : words) {
            String skeleton = ArabicRootSkeleton.of(word);
            if (skeleton.length() >= ArabicRootSkeleton.MIN_LENGTH) {
                assertTrue(ArabicRootSkeleton.keys(word).contains(skeleton), () -> word + " -> " + skeleton
                        + " not in " + ArabicRootSkeleton.keys(word));
                checked++;
            }
        }
        assertTrue(checked > 10_000, "words checked: " + checked);
    }

    /**
     * A past tense of a verb whose first root letter is و, with a person ending: the three letters before the
     * ending, whatever the word's و may be; nothing for other shapes.
     */
    @Test
    void aPastTenseOfThreeLettersOpeningWithWawGivesItsBarePast() {
        assertEquals(Optional.of("وصل"), ArabicRootSkeleton.firstRadicalWawPast("وصلت"));
        assertEquals(Optional.of("وقع"), ArabicRootSkeleton.firstRadicalWawPast("وقعوا"));
        assertEquals(Optional.of("وجد"), ArabicRootSkeleton.firstRadicalWawPast("وجدتوا"));
        assertEquals(Optional.empty(), ArabicRootSkeleton.firstRadicalWawPast("وقالت"), "four letters before ت");
        assertEquals(Optional.empty(), ArabicRootSkeleton.firstRadicalWawPast("وقت"), "no ending after three letters");
        assertEquals(Optional.empty(), ArabicRootSkeleton.firstRadicalWawPast("صلت"), "no و");
        assertEquals(Optional.empty(), ArabicRootSkeleton.firstRadicalWawPast("وقفات"), "a plural's ات");
    }

    /** Whether one word's weak keys meet the other's weak keys or skeleton keys. */
    private static boolean shareWeakKey(String a, String b) {
        Set<String> ka = new HashSet<>(ArabicRootSkeleton.weakKeys(a));
        ka.addAll(ArabicRootSkeleton.keys(a));
        Set<String> kb = new HashSet<>(ArabicRootSkeleton.weakKeys(b));
        kb.addAll(ArabicRootSkeleton.keys(b));
        return ArabicRootSkeleton.weakKeys(a).stream().anyMatch(kb::contains)
                || ArabicRootSkeleton.weakKeys(b).stream().anyMatch(ka::contains);
    }
}
