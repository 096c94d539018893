package io.isnad.answer.shortanswer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.isnad.ingest.arabic.ArabicDialectWords;
import io.isnad.ingest.arabic.ArabicPersonTitles;
import io.isnad.ingest.arabic.ArabicPlaceNames;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The holder of a title an identity question asks for ("من هو وزير خارجية إيران؟", "Who is Iran's
 * foreign minister?", "Who is the president of Russia?"): a name is no answer when the title right
 * before it is another one (المتحدث باسم وزارة الخارجية, for a minister) or names another
 * country (وزير الخارجية الروسي, for Iran's), however many of the question's words its sentence
 * holds. A country and its demonym share a base: إيران and الإيراني، سوريا and السورية، العراق and
 * عراقي. A which-noun naming a nationality ("Which Iranian official…", "منو الرئيس الايراني اللي…") asks a
 * holder of that country the same way. A who-question with no such noun that names a person by his office
 * and its qualifier ("To whom did the Iranian parliament speaker send condolences?", "…with Trump's envoy?")
 * names its subject or object, not its answer: a name whose title is that one is none either.
 *
 * @param titles the titles the question names, without the article (وزير، رئيس)
 * @param countries the bases of the countries it names
 * @param whichCountry the base of the country a which-noun names ({@link #whichNoun}), weighed only in choosing
 *        the short answer ({@link #chosen}), not in ranking sentences
 * @param given for a who-question asking no holder, the description of the person it names by his title, weighed
 *        only in choosing the short answer
 */
record TitleHolder(Set<String> titles, Set<String> countries, Optional<String> whichCountry, GivenTitle given) {

    static final TitleHolder NONE = new TitleHolder(Set.of(), Set.of(), Optional.empty(), GivenTitle.NONE);

    /**
     * The title a question gives a person it names (رئيس البرلمان الإيراني for "the Iranian parliament speaker"):
     * the offices it names, and the words that may qualify one.
     *
     * @param offices the offices it names ({@link ArabicPersonTitles#office}, {@link ArabicPersonTitles#englishOffice})
     * @param countries the bases of the countries it names
     * @param words its content words without the article, an English question's with their Arabic translations
     */
    record GivenTitle(Set<String> offices, Set<String> countries, List<String> words) {

        static final GivenTitle NONE = new GivenTitle(Set.of(), Set.of(), List.of());

        GivenTitle {
            offices = Set.copyOf(offices);
            countries = Set.copyOf(countries);
            words = List.copyOf(words);
        }

        /**
         * Whether the title before a name is this one: its office is one the question names, and a word
         * qualifying it (a nationality, the party or body it serves: مبعوث ترامب، رئيس البرلمان الإيراني) is the
         * question's too; a title of another nation than the one the question names is not, whatever body it
         * shares ("the Syrian parliament speaker" is not رئيس البرلمان الإيراني).
         */
        boolean names(String office, List<String> qualifiers) {
            if (!offices.contains(office)) {
                return false;
            }
            Optional<String> nation = qualifiers.stream().map(KnownNames::nationality).flatMap(Optional::stream)
                    .findFirst();
            if (nation.isPresent() && !countries.isEmpty()) {
                return countries.contains(nation.get());
            }
            return qualifiers.stream().anyMatch(this::holds);
        }

        private boolean holds(String qualifier) {
            String bare = ArabicTextNormalizer.withoutArticle(qualifier);
            return bare.length() >= 3 && words.stream()
                    .anyMatch(w -> w.length() >= 3 && bare.startsWith(w) && bare.length() - w.length() <= 2);
        }
    }

    /** "من هو…"، "مين هي…"، "who is/was…": the question asks who holds what follows. */
    private static final Pattern IDENTITY = Pattern.compile("^\\s*(?:و?(?:من|مين)\\s+(?:هو|هي|هم)|who\\s+(?:is|was|are|were))\\s");
    /** An English question opening with "which" or "what" (after "and"), whose noun may describe the asked holder. */
    private static final Pattern ENGLISH_WHICH = Pattern.compile("^\\s*(?:and\\s+)?(?:which|what)\\s");
    /**
     * How many words after a who- or which-word its noun's office or nationality may stand: "مين رئيس مجلس النواب
     * بإيران".
     */
    private static final int WHICH_NOUN_WORDS = 4;
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
     * question's with their Arabic translations); for a which-noun, the country it names ({@link #whichNoun});
     * for another who-question, the title it gives a person it names ({@link GivenTitle}); {@link #NONE} when it
     * names no office.
     */
    static TitleHolder asked(String foldedQuestion, List<String> words) {
        String lower = foldedQuestion.toLowerCase(Locale.ROOT);
        Set<String> countries = new HashSet<>();
        for (String word : words) {
            // An English question's places are looked up whole: its Arabic translations are stems (ايران → اير).
            Stream.concat(Stream.of(word), KnownNames.arabicPlace(word).stream())
                    .forEach(form -> country(form).ifPresent(countries::add));
        }
        if (IDENTITY.matcher(lower).find()) {
            Set<String> titles = new HashSet<>();
            for (String word : words) {
                if (ArabicPersonTitles.isOffice(word)) {
                    titles.add(ArabicTextNormalizer.withoutArticle(word));
                }
            }
            return new TitleHolder(titles, countries, Optional.empty(), GivenTitle.NONE);
        }
        return switch (whichNoun(lower)) {
            case WhichNoun.Nation(String country) ->
                new TitleHolder(Set.of(), Set.of(), Optional.of(country), GivenTitle.NONE);
            case WhichNoun.Office() -> NONE;
            case WhichNoun.Absent() -> withGivenTitle(words, countries);
        };
    }

    /** For a who-question asking no holder, the title it gives a person it names ({@link GivenTitle}), if any. */
    private static TitleHolder withGivenTitle(List<String> words, Set<String> countries) {
        Set<String> offices = new HashSet<>();
        for (String word : words) {
            ArabicPersonTitles.office(word).ifPresent(offices::add);
            ArabicPersonTitles.englishOffice(word).ifPresent(offices::add);
        }
        List<String> named = words.stream().map(ArabicTextNormalizer::withoutArticle).toList();
        return offices.isEmpty() ? NONE
                : new TitleHolder(Set.of(), Set.of(), Optional.empty(), new GivenTitle(offices, countries, named));
    }

    /** What the noun a who- or which-question opens with tells of the asked holder ({@link #whichNoun}). */
    private sealed interface WhichNoun {

        /** The question opens with no noun describing the holder ("مين اللي…", "To whom did…"). */
        record Absent() implements WhichNoun {
        }

        /** Its noun names an office and no nationality ("منو المتحدث باسم الخارجية اللي…"). */
        record Office() implements WhichNoun {
        }

        /** Its noun names a nationality ("Which Iranian official…"): the base of that country. */
        record Nation(String country) implements WhichNoun {
        }
    }

    /**
     * The noun a who- or which-question opens with, when it describes the asked holder by an office or a
     * nationality within {@value #WHICH_NOUN_WORDS} words, before a relative pronoun: "Which Iranian official…",
     * "منو الرئيس الايراني اللي…", "مين رئيس مجلس النواب بإيران يلي…".
     */
    private static WhichNoun whichNoun(String lower) {
        List<String> words = ArabicTextNormalizer.LETTER_WORD.matcher(lower).results().map(MatchResult::group)
                .toList();
        if (words.isEmpty()) {
            return new WhichNoun.Absent();
        }
        String opening = ArabicProclitics.withoutConjunction(words.get(0), 2);
        boolean english = ENGLISH_WHICH.matcher(lower).find();
        if (!english && !ArabicQuestionWords.WHO.contains(opening) && !ArabicQuestionWords.WHICH.contains(opening)) {
            return new WhichNoun.Absent();
        }
        boolean office = false;
        int from = english && words.get(0).equals("and") ? 2 : 1;
        // "من كان آخر رئيس وزراء…" asks who held the office, as "who was…" does: the noun may come after a word.
        boolean was = !english && words.size() > 1 && ArabicDialectWords.isWas(words.get(0), words.get(1));
        from += was ? 1 : 0;
        List<String> noun = words.subList(Math.min(from, words.size()),
                Math.min(from + WHICH_NOUN_WORDS, words.size()));
        for (int i = 0; i < noun.size(); i++) {
            String word = noun.get(i);
            if (ArabicStopWords.opensRelativeClause(word)) {
                break;
            }
            Optional<String> country = english ? KnownNames.englishNationality(word)
                    : country(word).or(() -> ArabicProclitics.withoutProclitic(word).flatMap(TitleHolder::country));
            boolean holder = english ? ArabicPersonTitles.englishOffice(word).isPresent()
                    || ArabicPersonTitles.namesAnyOffice(word)
                    : ArabicPersonTitles.office(word).isPresent() || ArabicPersonTitles.namesAnOfficial(word);
            if (i == 0 && !english && !was && country.isEmpty() && !holder) {
                // An Arabic who-word with a verb after it asks the doer ("مين التقى وزير الخارجية الإيراني؟").
                return new WhichNoun.Absent();
            }
            if (country.isPresent()) {
                return new WhichNoun.Nation(country.get());
            }
            office |= holder;
        }
        return office ? new WhichNoun.Office() : new WhichNoun.Absent();
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
        return nearestTitle(sentence, span, ArabicPersonTitles::isOffice).map(title -> {
            String office = ArabicTextNormalizer.withoutArticle(title.word());
            boolean otherTitle = !titles.isEmpty() && !titles.contains(office);
            boolean otherCountry = !countries.isEmpty() && title.country().filter(c -> !countries.contains(c))
                    .isPresent();
            return otherTitle || otherCountry;
        }).orElse(false);
    }

    /**
     * A title before a name ({@link #nearestTitle}): its word, and the base of the country of the nearest demonym
     * after it, if any.
     */
    private record Title(String word, Optional<String> country) {
    }

    /**
     * The nearest word before {@code span} within {@link #TITLE_WORDS} words that {@code isTitle} accepts, with the
     * nearest demonym between it and the name, or empty. Nearest first: the demonym next to the name is its holder's
     * ("وزير الخارجية الروسي سيرغي").
     */
    private static Optional<Title> nearestTitle(String sentence, Span span, Predicate<String> isTitle) {
        Optional<String> country = Optional.empty();
        for (String word : wordsBefore(sentence, span).reversed()) {
            if (country.isEmpty()) {
                country = KnownNames.nationality(word);
            }
            if (isTitle.test(word)) {
                return Optional.of(new Title(word, country));
            }
        }
        return Optional.empty();
    }

    /**
     * Of a sentence's persons, those the short answer is chosen among: for a which-noun naming a country, not one
     * whose title names another ({@link #nation}: "نظيره السوري" for "Which Iranian official…"); for another
     * who-question, not the person it gives by his title ({@link GivenTitle}). Each only while another is left: a
     * sentence naming only such a person may still name its answer the way no title tells.
     */
    List<Span> chosen(String sentence, List<Span> spans) {
        if (spans.size() < 2) {
            return spans;
        }
        List<Span> kept = spans.stream()
                .filter(s -> whichCountry.isEmpty() || nation(sentence, s).filter(n -> !n.equals(whichCountry.get()))
                        .isEmpty())
                .filter(s -> given == GivenTitle.NONE || !givenTitle(sentence, s))
                .toList();
        return kept.isEmpty() ? spans : kept;
    }

    /**
     * The nation of the title before {@code span}: the nearest demonym after the nearest office or counterpart within
     * {@link #TITLE_WORDS} words (وزير الخارجية الإيراني، نظيره السوري), or empty.
     */
    private static Optional<String> nation(String sentence, Span span) {
        return nearestTitle(sentence, span, w -> ArabicPersonTitles.isCounterpart(w) || ArabicPersonTitles.isOffice(w))
                .flatMap(Title::country);
    }

    /**
     * Whether the nearest title before {@code span}, within {@link #TITLE_WORDS} words, is the one the question gives
     * ({@link GivenTitle#names}): its office with the words between it and the name as its qualifiers.
     */
    private boolean givenTitle(String sentence, Span span) {
        List<String> before = wordsBefore(sentence, span);
        for (int i = before.size() - 1; i >= 0; i--) {
            String word = before.get(i);
            if (ArabicPersonTitles.isCounterpart(word)) {
                return false;
            }
            Optional<String> office = ArabicPersonTitles.office(word);
            if (office.isPresent()) {
                return given.names(office.get(), before.subList(i + 1, before.size()));
            }
        }
        return false;
    }

    /** The last {@link #TITLE_WORDS} words of {@code sentence} before {@code span}, folded. */
    private static List<String> wordsBefore(String sentence, Span span) {
        String folded = ArabicTextNormalizer.normalize(sentence.substring(0, span.start()));
        List<String> before = ArabicTextNormalizer.LETTER_WORD.matcher(folded).results().map(MatchResult::group)
                .toList();
        return before.subList(Math.max(0, before.size() - TITLE_WORDS), before.size());
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
