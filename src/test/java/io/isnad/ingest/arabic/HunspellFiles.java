package io.isnad.ingest.arabic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small Arabic Hunspell dictionary for tests, written as Ayaspell writes its own: two-letter
 * flags, harakat to ignore, the words spelt with hamza and ta marbuta, and the encoding declared
 * after the affix rules (Ayaspell's comes after some 24,000 lines).
 */
public final class HunspellFiles {

    private HunspellFiles() {
    }

    /**
     * Writes {@code ar.aff} and {@code ar.dic} into {@code dir}: the verbs فاز and أقام with the
     * present-tense ي and the past endings وا and ت, the noun مدرسة, and the two-letter verb حد.
     */
    public static void write(Path dir) throws IOException {
        Files.writeString(dir.resolve(ArabicHunspellStems.AFFIX_FILE), """
                FLAG long
                PFX Pa Y 1
                PFX Pa 0 ي .
                SFX Sa Y 2
                SFX Sa 0 وا .
                SFX Sa 0 ت .
                TRY ابت
                IGNORE ًٌٍَُِّْ
                SET UTF-8
                """);
        Files.writeString(dir.resolve(ArabicHunspellStems.WORDS_FILE), """
                4
                فاز/PaSa
                أقام/Sa
                مدرسة
                حد/Sa
                """);
    }
}
