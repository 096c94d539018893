package io.isnad.ingest.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ArabicTextNormalizerTest {

    @Test
    void foldsAlefYaAndTaMarbutaForms() {
        assertEquals("اسماعيل ايران القاعده الي", ArabicTextNormalizer.normalize("إسماعيل إيران القاعدة إلى"));
        assertEquals("امن اداره", ArabicTextNormalizer.normalize("آمن أدارة"));
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
    void foldsTheDialectsChatLettersToTheArabicLetterTheyStandFor() {
        assertEquals("حكي", ArabicTextNormalizer.normalize("حچى"));
        assertEquals("يقول", ArabicTextNormalizer.normalize("يگول"));
        assertEquals("قال", ArabicTextNormalizer.normalize("ڭال"));
    }

    @Test
    void everyOtherCharacterIsLowerCasedAsTheJdkDoes() {
        String special = "أإآٱىیئةؤکچگڭ“”„«»″‘’‚′٫\u00A0٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹";
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
}
