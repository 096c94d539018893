package io.isnad.answer.shortanswer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.lexicon.Lexicon;

/**
 * The names the translation lexicon knows, looked up from the Arabic side (folded, without the
 * article): its places (countries, capitals, cities, regions), which a where-question's answer
 * often is, and its people. An English question's short answer is rendered with the lexicon's
 * English spelling of them. Demonyms share the place list (سوري، السوريين) but are not places: a
 * form with a nisba ending is left out of the places.
 */
final class KnownNames {

    private static final String PLACES = "lexicon/en-ar-places.tsv";
    private static final String PEOPLE = "lexicon/en-ar-people.tsv";
    /** The nisba endings of demonyms and adjectives: سوري، سوريه، السوريين، سوريون، سوريات. */
    private static final Pattern NISBA = Pattern.compile(".*(?:ي|يه|يين|يون|يات)");
    private static final List<String> LOWER_CASE = List.of("of", "and", "the", "al");
    /** The longest place name looked for, in words (البحر الابيض المتوسط). */
    static final int MAX_PLACE_WORDS = 3;
    private static final Map<String, String> PLACE_NAMES = load(PLACES, true);
    private static final Map<String, String> PERSON_NAMES = load(PEOPLE, false);

    private KnownNames() {
    }

    /** Whether a folded Arabic phrase (with or without its article) is a place the lexicon knows. */
    static boolean place(String folded) {
        return PLACE_NAMES.containsKey(key(folded));
    }

    /**
     * Whether a folded word is an adjective (a nisba: عربية، روسية، السوري) rather than a name: what
     * follows a place noun is not always the place's name ("دولة عربية", "مدينة روسية").
     */
    static boolean adjective(String folded) {
        return NISBA.matcher(folded).matches() && !place(folded);
    }

    /** The English spelling of a folded Arabic place or person name, or empty. */
    static Optional<String> english(String folded) {
        String key = key(folded);
        return Optional.ofNullable(PLACE_NAMES.getOrDefault(key, PERSON_NAMES.get(key)));
    }

    private static String key(String folded) {
        return folded.startsWith("ال") && folded.length() > 4 ? folded.substring(2) : folded;
    }

    private static Map<String, String> load(String resource, boolean places) {
        try (InputStream in = KnownNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            Lexicon lexicon = Lexicon.parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
            Map<String, String> english = new HashMap<>();
            for (Map.Entry<String, List<String>> e : lexicon.entries().entrySet()) {
                for (String arabic : e.getValue()) {
                    String folded = key(ArabicTextNormalizer.normalize(arabic));
                    if (!places || !NISBA.matcher(folded).matches()) {
                        // Two spellings of one name (Mohammed, Muhammad): the same one every run.
                        english.merge(folded, titleCase(e.getKey()), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    }
                }
            }
            return Map.copyOf(english);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String titleCase(String key) {
        StringBuilder out = new StringBuilder();
        for (String word : key.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(LOWER_CASE.contains(word) ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
