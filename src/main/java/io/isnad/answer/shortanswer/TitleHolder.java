package io.isnad.answer.shortanswer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.isnad.ingest.arabic.ArabicPersonTitles;
import io.isnad.ingest.arabic.ArabicPlaceNames;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The holder of a title an identity question asks for ("من هو وزير خارجية إيران؟", "Who is Iran's
 * foreign minister?", "Who is the president of Russia?"): a name is no answer when the title right
 * before it is another one (المتحدث باسم وزارة الخارجية, for a minister) or names another
 * country (وزير الخارجية الروسي, for Iran's), however many of the question's words its sentence
 * holds. A country and its demonym share a base: إيران and الإيراني، سوريا and السورية، العراق and
 * عراقي.
 *
 * @param titles the titles the question names, without the article (وزير، رئيس)
 * @param countries the bases of the countries it names
 */
record TitleHolder(Set<String> titles, Set<String> countries) {

    static final TitleHolder NONE = new TitleHolder(Set.of(), Set.of());

    /** "من هو…"، "مين هي…"، "who is/was…": the question asks who holds what follows. */
    private static final Pattern IDENTITY = Pattern.compile("^\\s*(?:و?(?:من|مين)\\s+(?:هو|هي|هم)|who\\s+(?:is|was|are|were))\\s");
    /**
     * How many words before a name its title may stand: "المتحدث الرسمي باسم وزارة الخارجية الإيرانية
     * بهرام قاسمي".
     */
    private static final int TITLE_WORDS = 6;

    TitleHolder {
        titles = Set.copyOf(titles);
        countries = Set.copyOf(countries);
    }

    /**
     * What an identity question asks of the holder, from its folded text and words (an English
     * question's with their Arabic translations); {@link #NONE} for any other question.
     */
    static TitleHolder asked(String foldedQuestion, List<String> words) {
        if (!IDENTITY.matcher(foldedQuestion.toLowerCase(Locale.ROOT)).find()) {
            return NONE;
        }
        Set<String> titles = new HashSet<>();
        Set<String> countries = new HashSet<>();
        for (String word : words) {
            if (ArabicPersonTitles.isOffice(word)) {
                titles.add(ArabicTextNormalizer.withoutArticle(word));
            }
            // An English question's places are looked up whole: its Arabic translations are stems (ايران → اير).
            Stream.concat(Stream.of(word), KnownNames.arabicPlace(word).stream())
                    .forEach(form -> country(form).ifPresent(countries::add));
        }
        return new TitleHolder(titles, countries);
    }

    /**
     * Whether the title before {@code span} in {@code sentence} is not the asked one: the nearest office
     * (a title, not a rank: {@link ArabicPersonTitles#isOffice}) within {@link #TITLE_WORDS} words is none the question names, or the nearest demonym after it
     * names a country the question does not.
     */
    boolean otherThan(String sentence, Span span) {
        if (titles.isEmpty() && countries.isEmpty()) {
            return false;
        }
        String folded = ArabicTextNormalizer.normalize(sentence.substring(0, span.start()));
        List<String> before = ArabicTextNormalizer.LETTER_WORD.matcher(folded).results().map(MatchResult::group)
                .toList();
        Optional<String> country = Optional.empty();
        // Nearest first: the demonym next to the name is its holder's ("وزير الخارجية الروسي سيرغي").
        for (String word : before.subList(Math.max(0, before.size() - TITLE_WORDS), before.size()).reversed()) {
            if (country.isEmpty()) {
                country = KnownNames.nationality(word);
            }
            if (ArabicPersonTitles.isOffice(word)) {
                boolean otherTitle = !titles.isEmpty() && !titles.contains(ArabicTextNormalizer.withoutArticle(word));
                boolean otherCountry = !countries.isEmpty() && country.isPresent() && !countries.contains(country.get());
                return otherTitle || otherCountry;
            }
        }
        return false;
    }

    /** The base of a country name or demonym the lexicon knows, or empty (a city: حمص). */
    private static Optional<String> country(String folded) {
        Optional<String> demonym = KnownNames.nationality(folded);
        if (demonym.isPresent()) {
            return demonym;
        }
        String base = ArabicPlaceNames.demonymBase(folded);
        return KnownNames.place(folded) && KnownNames.place(base + "ي") ? Optional.of(base) : Optional.empty();
    }
}
