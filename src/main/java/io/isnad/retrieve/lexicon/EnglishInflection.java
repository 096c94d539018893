package io.isnad.retrieve.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Undoes regular English inflection so that "attacks", "killed" or "negotiating" find the entries for
 * "attack", "kill" and "negotiate". Produces candidates rather than one stem: without a word list
 * "used" could be "us" + "ed" or "use" + "d", and the lexicon decides which exists. Irregular forms
 * ("spent", "held") are entries of their own in the lexicon.
 */
public final class EnglishInflection {

    private static final String VOWELS = "aeiou";

    private EnglishInflection() {
    }

    /** Possible base forms of a lower-case word, most likely first, excluding the word itself. */
    public static List<String> baseForms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        int n = word.length();
        if (n > 4 && word.endsWith("ies")) {
            forms.add(word.substring(0, n - 3) + "y");
        }
        // An -es after a sibilant takes a stem of three letters at least: "uses" is use + s, never "us" (the US).
        String sibilantStem = n > 4 && word.endsWith("es") ? word.substring(0, n - 2) : "";
        boolean sibilant = sibilantStem.endsWith("s") || sibilantStem.endsWith("x") || sibilantStem.endsWith("z")
                || sibilantStem.endsWith("ch") || sibilantStem.endsWith("sh");
        // After a vowel and one s the word is more often a plain -s on an -se word ("causes", "cases", "bases")
        // than -es on an -s word ("buses", "gases"): the -se reading first.
        boolean seWord = sibilantStem.endsWith("s") && isVowel(sibilantStem.charAt(sibilantStem.length() - 2));
        if (sibilant && !seWord) {
            forms.add(sibilantStem);
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            forms.add(word.substring(0, n - 1));
        }
        if (seWord) {
            forms.add(sibilantStem);
        }
        if (n > 4 && word.endsWith("ied")) {
            forms.add(word.substring(0, n - 3) + "y");
        }
        if (n == 4 && word.endsWith("ed")) {
            shortPastStem(word.substring(0, 2)).ifPresent(forms::add);
        } else if (n > 4 && word.endsWith("ed")) {
            addVerbStems(word.substring(0, n - 2), forms);
        }
        if (n == 5 && word.endsWith("ing")) {
            shortParticipleStem(word.substring(0, 2)).ifPresent(forms::add);
        } else if (n > 5 && word.endsWith("ing")) {
            addVerbStems(word.substring(0, n - 3), forms);
        }
        if (n > 4 && word.endsWith("ly")) {
            forms.add(word.substring(0, n - 2));
        }
        forms.remove(word);
        return List.copyOf(forms);
    }

    /**
     * The place a place's adjective in -ian names, in -ia ("californian" → california, "asian" → asia),
     * or empty: the caller keeps it only where a lexicon knows that place.
     */
    static Optional<String> placeOfAdjective(String word) {
        return word.length() >= 5 && word.endsWith("ian") ? Optional.of(word.substring(0, word.length() - 1))
                : Optional.empty();
    }

    /**
     * The regular inflections a base form may take, plural or third person, past and -ing ("stop" →
     * stops, stoped, stopping, stopped…), over-generated: the caller keeps those a dictionary holds
     * and whose base form, by {@link #baseForms}, is this word again.
     */
    static List<String> inflectedForms(String base) {
        Set<String> forms = new LinkedHashSet<>();
        int n = base.length();
        boolean endsConsonantY = n > 2 && base.endsWith("y") && VOWELS.indexOf(base.charAt(n - 2)) < 0;
        if (endsConsonantY) {
            String stem = base.substring(0, n - 1);
            forms.addAll(List.of(stem + "ies", stem + "ied"));
        } else {
            forms.add(base + "s");
        }
        if (base.endsWith("s") || base.endsWith("x") || base.endsWith("z") || base.endsWith("ch") || base.endsWith("sh")) {
            forms.add(base + "es");
        }
        if (base.endsWith("e")) {
            forms.addAll(List.of(base + "d", base.substring(0, n - 1) + "ing"));
        } else {
            forms.addAll(List.of(base + "ed", base + "ing"));
        }
        if (n >= 3 && isConsonant(base.charAt(n - 1)) && VOWELS.indexOf(base.charAt(n - 2)) >= 0
                && isConsonant(base.charAt(n - 3))) {
            char last = base.charAt(n - 1);
            forms.addAll(List.of(base + last + "ed", base + last + "ing"));
        }
        forms.remove(base);
        return List.copyOf(forms);
    }

    /**
     * "attack|ed" → attack, "announc|ed" → announce, "plann|ed" → plan. A stem ending consonant-vowel-
     * consonant ("us|ed", "hop|ed") more often lost an "e", so that reading is tried first.
     */
    private static void addVerbStems(String stem, Set<String> into) {
        int n = stem.length();
        boolean endsCvc = n >= 2 && isConsonant(stem.charAt(n - 1)) && VOWELS.indexOf(stem.charAt(n - 2)) >= 0
                && (n == 2 || isConsonant(stem.charAt(n - 3)));
        if (endsCvc) {
            into.add(stem + "e");
        }
        if (n >= 3) {
            into.add(stem);
        }
        into.add(stem + "e");
        if (n >= 4 && stem.charAt(n - 1) == stem.charAt(n - 2) && isConsonant(stem.charAt(n - 1))) {
            into.add(stem.substring(0, n - 1));
        }
    }

    /**
     * The verb of a four-letter past in -ed: "us|ed", "ag|ed", "ic|ed" lost an e (use, age, ice), "di|ed", "ti|ed"
     * the e of an -ie verb (die, tie, lie); any other ("fe|ed", "sh|ed", "fl|ed") is no inflection.
     */
    private static Optional<String> shortPastStem(String stem) {
        char first = stem.charAt(0);
        char last = stem.charAt(1);
        boolean lostE = isVowel(first) && isConsonant(last) || isConsonant(first) && last == 'i';
        return lostE ? Optional.of(stem + "e") : Optional.empty();
    }

    /**
     * The verb of a five-letter -ing: "us|ing", "ag|ing" lost an e (use, age), "dy|ing", "ly|ing" turned an -ie
     * verb's ie to y (die, lie), "go|ing", "do|ing", "be|ing" kept a verb ending in o or e; any other ("th|ing",
     * "br|ing", the name "La|ing") is no inflection.
     */
    private static Optional<String> shortParticipleStem(String stem) {
        char first = stem.charAt(0);
        char last = stem.charAt(1);
        if (isVowel(first) && isConsonant(last)) {
            return Optional.of(stem + "e");
        }
        if (isConsonant(first) && last == 'y') {
            return Optional.of(first + "ie");
        }
        return isConsonant(first) && (last == 'o' || last == 'e') ? Optional.of(stem) : Optional.empty();
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && VOWELS.indexOf(c) < 0 && c != 'w' && c != 'x' && c != 'y';
    }
}
