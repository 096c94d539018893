package io.isnad.retrieve.lexicon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Small dictionaries in FreeDict's dictd format for tests: the gzipped text and its index of base64 offsets. */
public final class FreeDictFiles {

    private FreeDictFiles() {
    }

    /** Writes one entry per English headword, each with its one Arabic translation, into {@code dir}. */
    public static void write(Path dir, Map<String, String> englishToArabic) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        StringBuilder index = new StringBuilder();
        for (Map.Entry<String, String> e : englishToArabic.entrySet()) {
            byte[] entry = (e.getKey() + " /x/\n" + e.getValue() + "\n").getBytes(StandardCharsets.UTF_8);
            index.append(e.getKey()).append('\t').append(base64(text.size())).append('\t').append(base64(entry.length)).append('\n');
            text.write(entry);
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(FreeDictDictionary.DICT_FILE)))) {
            text.writeTo(out);
        }
        Files.writeString(dir.resolve(FreeDictDictionary.INDEX_FILE), index);
    }

    private static String base64(int value) {
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder out = new StringBuilder();
        for (int v = value; v > 0; v /= 64) {
            out.insert(0, digits.charAt(v % 64));
        }
        return out.isEmpty() ? "A" : out.toString();
    }
}
