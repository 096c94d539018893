package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ArabicTextNormalizerTest {

    @Test
    void foldsAlefYaAndTaMarbutaForms() {
        assertEquals("اسماعيل ايران القاعده الي", ArabicTextNormalizer.normalize("إسماعيل إيران القاعدة إلى"));
        assertEquals("امن اداره", ArabicTextNormalizer.normalize("آمن أدارة"));
    }

    @Test
    void aWordListIsFoldedIntoASetOfItsWordsAsGivenOrDerived() {
        assertEquals(Set.of("رييس", "وزاره"), ArabicTextNormalizer.foldedSet("رئيس", "وزارة", "رَئيس"));
        assertEquals(Set.of("قال", "قالت"), ArabicTextNormalizer.foldedSet(Stream.of("قال").flatMap(v -> Stream.of(v,
                v + "ت"))));
        Set<String> folded = ArabicTextNormalizer.foldedSet("إلى");
        assertThrows(UnsupportedOperationException.class, () -> folded.add("من"));
    }

    @Test
    void theArabicWordsOfATextAreFoldedInOrderWithoutLatinWordsOrDigits() {
        assertEquals(List.of("عنوان", "الخبر", "عن", "الخبر"),
                ArabicTextNormalizer.arabicWords("عنوان الخبر (CNN) عن 2013 الخبر؟"));
        assertEquals(List.of("cnn", "2013"), ArabicTextNormalizer.words("CNN، 2013"), "words keeps them, lower-cased");
    }

    @Test
    void theAccusativeAlifIsDroppedOnlyWhereEnoughLettersAreLeft() {
        assertEquals("قايد", ArabicTextNormalizer.withoutAccusativeAlif("قايدا", 1));
        assertEquals("شهر", ArabicTextNormalizer.withoutAccusativeAlif("شهرا", 3));
        assertEquals("شهرا", ArabicTextNormalizer.withoutAccusativeAlif("شهرا", 4), "three letters are too few");
        assertEquals("وزير", ArabicTextNormalizer.withoutAccusativeAlif("وزير", 1), "no alif to drop");
    }

    @Test
    void aWordListForAPatternIsFoldedInTheOrderWritten() {
        assertEquals(List.of("الملقب", "الملقبه", "في المايه"),
                ArabicTextNormalizer.foldedList("الملقب", "الملقبة", "في المائة"));
    }

    @Test
    void theArticleIsTakenOffOnlyWhenThreeLettersAreLeft() {
        Map.of("الجامعات", "جامعات", "الحرب", "حرب", "الحي", "الحي", "بالحرب", "بالحرب")
                .forEach((word, bare) -> assertEquals(bare, ArabicTextNormalizer.withoutArticle(word), word));
    }

    @Test
    void dropsDiacriticsAndTatweel() {
        assertEquals("قتل شخصا", ArabicTextNormalizer.normalize("قُتِلَ شخصًا"));
        assertEquals("الحرب", ArabicTextNormalizer.normalize("الحـــرب"));
    }

    @Test
    void unifiesArabicIndicAndPersianDigits() {
        assertEquals("2011 و 2024", ArabicTextNormalizer.normalize("٢٠١١ و ۲۰۲۴"));
    }

    @Test
    void unifiesCurlyAndStraightQuotesAndLatinCase() {
        assertEquals("\"الجديد\" 'x' iran", ArabicTextNormalizer.normalize("“الجديد” ‘x’ IRAN"));
    }

    @Test
    void wordsAreFoldedRunsBetweenSpacesAndPunctuationKeepingFiguresAndSymbols() {
        assertEquals(List.of("قال", "وزير", "الخارجيه", "ارتفع", "20", "امس", "$5"),
                ArabicTextNormalizer.words("قال وزير الخارجية: «ارتفع ٢٠%» أمس، $5."));
    }

    // The word lists (ArabicCalendarWords among them) read these words as lower-case and do not lower-case them again.
    @Test
    void wordsAreLowerCasedLetterByLetterAsTheyAreFolded() {
        assertEquals(List.of("on", "december", "5th", "été"),
                ArabicTextNormalizer.words("On DECEMBER 5th, ÉTÉ"));
    }

    @Test
    void replacesEachArabicWordAndKeepsWhatStandsBetween() {
        assertEquals("قال: «امس» (Reuters) 2011", ArabicTextNormalizer.replaceArabicWords("حكى: «مبارح» (Reuters) 2011",
                w -> switch (w) {
                    case "حكى" -> "قال";
                    case "مبارح" -> "امس";
                    default -> w;
                }));
    }

    @Test
    void foldsPersianLetterForms() {
        assertEquals("كيومرث", ArabicTextNormalizer.normalize("کیومرث"));
    }

    @Test
    void foldsPersianUrduAndKurdishLettersToTheArabicLetterAReaderTakesThemFor() {
        Map.of("كۆماری عێراق", "كوماري عيراق", "لاہور", "لاهور", "خانۀ", "خانه", "کردە كردہ", "كرده كرده",
                "شھر مدرسۃ", "شهر مدرسه", "ڪراتشے", "كراتشي", "میداں", "ميدان",
                "ژان", "جان", "ٹرامب ڈار", "ترامب دار")
                .forEach((text, folded) -> assertEquals(folded, ArabicTextNormalizer.normalize(text), text));
    }

    @Test
    void aWordFoundInTheFoldedTextIsCutFromTheOriginalAtItsOwnOffsets() {
        String text = "(بالكردية: كۆماری عێراق)، هي دولة عربيّة";
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(text);
        int at = folded.text().indexOf("كوماري عيراق");
        assertEquals("كۆماری عێراق", text.substring(folded.start(at), folded.end(at + "كوماري عيراق".length())));
        int after = folded.text().indexOf("عربيه");
        assertEquals("عربيّة", text.substring(folded.start(after), folded.end(after + "عربيه".length())));
    }

    @Test
    void foldsTheDialectsChatLettersToTheArabicLetterTheyStandFor() {
        assertEquals("حكي", ArabicTextNormalizer.normalize("حچى"));
        assertEquals("يقول", ArabicTextNormalizer.normalize("يگول"));
        assertEquals("قال قال", ArabicTextNormalizer.normalize("ڭال ڨال"));
    }

    @Test
    void everyOtherCharacterIsLowerCasedAsTheJdkDoes() {
        String special = "أإآٱىیئےۓێېۍةۃۀہۂھەؤۆۇۈکڪچگڭڨژٹڈڑں“”„«»″‘’‚′٫\u00A0٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹";
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (special.indexOf(c) < 0) {
                assertEquals(Character.toLowerCase(c), ArabicTextNormalizer.fold(c), "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void openingWordsAreThoseOfTheWholeFoldedTextWhereverAWordCrossesWhatIsFoldedFirst() {
        Pattern word = Pattern.compile("[\\p{L}\\p{N}]+");
        // Diacritics and tatweel inside words (dropped, so the word goes on), a letter outside the
        // Basic Multilingual Plane (two chars, one letter) and punctuation between words.
        String words = "قُتِلَ الحـــرب 𝐀𝐁c، هو ١٢٣ وهي";
        for (int pad = 0; pad < 140; pad++) {
            String text = "،".repeat(pad % 3) + " ".repeat(pad) + words;
            List<String> all = new ArrayList<>();
            Matcher m = word.matcher(ArabicTextNormalizer.normalize(text));
            while (m.find()) {
                all.add(m.group());
            }
            for (int count = 1; count <= all.size() + 1; count++) {
                assertEquals(all.subList(0, Math.min(count, all.size())),
                        ArabicTextNormalizer.openingWords(text, word, count), "pad " + pad + ", count " + count);
            }
        }
        assertEquals(List.of(), ArabicTextNormalizer.openingWords("", word, 3));
    }

    @Test
    void withoutDiacriticsDropsTheMarksAndKeepsTheLetters() {
        assertEquals("مدرسة", ArabicTextNormalizer.withoutDiacritics("مَدْرَسَةٌ"), "ة stays: nothing is folded");
        assertEquals("عزاه", ArabicTextNormalizer.withoutDiacritics("عزّاه"));
        assertEquals("كتاب", ArabicTextNormalizer.withoutDiacritics("كتـــاب"), "tatweel");
        assertEquals("أحمد", ArabicTextNormalizer.withoutDiacritics("أحمد"));
    }
}
