package io.isnad.ingest.arabic;

import java.util.stream.Stream;

/**
 * The third-person forms news writes a verb in, made from its stems, so that a word list names a verb once rather
 * than each of its forms one by one: he, she and they in the past (قال، قالت، قالوا) and he and she in the present
 * (يتعرض، تتعرض). Only the person letters and endings are made: the stems are given as the text writes them.
 */
public final class ArabicVerbForms {

    private ArabicVerbForms() {
    }

    /** The past of "she" from the past of "he": نفى → نفت, دعا → دعت, قال → قالت (a final long vowel gives way). */
    public static String feminine(String past) {
        return past.endsWith("ى") || past.endsWith("ا") ? past.substring(0, past.length() - 1) + "ت" : past + "ت";
    }

    /** He, she and they in the past of a verb whose past ends in a consonant: قال، قالت، قالوا. */
    public static Stream<String> thirdPersonPast(String past) {
        return Stream.of(past, feminine(past), past + "وا");
    }

    /** He and she in the present, from the stem after the person letter: تعرض → يتعرض، تتعرض; تبع → يتبع، تتبع. */
    public static Stream<String> thirdPersonPresent(String stem) {
        return Stream.of("ي" + stem, "ت" + stem);
    }
}
