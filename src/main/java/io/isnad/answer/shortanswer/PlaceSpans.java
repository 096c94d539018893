package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicPlaceNames;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The places of a text ({@link SpanFinder}): a place named after the noun that introduces it, a
 * side of a larger place, a country that borders one, and, as a fallback of the short answer only, a place the lexicon knows
 * right after a preposition.
 */
final class PlaceSpans {

    /**
     * A place named after the noun that introduces it: العاصمة التركية أنقرة، مدينة حلب، بلدة خان السبل
     * (a name of two words after a construct head, {@link ArabicPlaceNames}). Not after موقع: in news it
     * is mostly a website or a position ("موقع وكالة مهر"), seldom a place. Another place noun is no
     * name: in "عاصمتها مدينة دمشق" the capital is named after مدينة.
     */
    private static final Pattern NAMED_PLACE = Pattern.compile("(?<![\\p{L}])[وب]?(?:"
            + ArabicQuestionWords.PLACE_NOUNS.stream().filter(noun -> !noun.endsWith("موقع"))
                    .map(PlaceSpans::withPronoun).collect(Collectors.joining("|"))
            + ")(?:\\s+ال[\\p{L}]+(?:ي|يه))?\\s+(?!(?:" + String.join("|", ArabicQuestionWords.PLACE_NOUNS)
            + ")(?![\\p{L}]))((?:" + ArabicPlaceNames.headAlternation()
            + ")\\s+(?:ال)?[\\p{L}]{2,}|(?:ال)?[\\p{L}]{3,})");
    /**
     * A word right after a preposition (في دمشق، إلى أنقرة، بحلب), and the word after it: where the
     * lexicon knows it as a place ({@link KnownNames#place}), the place a sentence gives without a
     * place noun.
     */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "(?<![\\p{L}])(?:(?:و?(?:"
                    + String.join("|", ArabicTextNormalizer.foldedList("في", "من", "إلى", "نحو", "قرب"))
                    + ")\\s+)|و?ب)([\\p{L}]{3,})(?=(?:\\s+([\\p{L}]{2,}))?)");
    /**
     * A place given by its side of a larger one: في غرب آسيا، في الشمال الغربي من القارة، بشمال
     * سوريا. It answers "where" as a named place does, and is often the whole of what a sentence says.
     */
    private static final String SIDE = "(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)(?:ي|يه)?";
    private static final Pattern SIDE_OF_PLACE = Pattern.compile("(?<![\\p{L}])و?(?:في\\s+|ب)(" + SIDE + "(?:\\s+"
            + SIDE + ")?(?:\\s+من)?\\s+(?:ال)?[\\p{L}]{3,})");
    /**
     * The land around a place the lexicon knows, and the side of it ({@link ArabicPlaceNames#SURROUNDS}: ريف حلب
     * الغربي، بريف دمشق): the place is checked by {@link #surrounding}.
     */
    private static final Pattern SURROUNDING = Pattern.compile("(?<![\\p{L}])[وب]?(?:ال)?(?:"
            + String.join("|", ArabicPlaceNames.SURROUNDS) + ")\\s+([\\p{L}]{3,})(?:\\s+" + SIDE + "(?![\\p{L}]))?");
    /** A side by itself, which the lexicon lists as a place (north, northwest) but names none. */
    private static final Pattern SIDE_ONLY = Pattern.compile(SIDE + "(?:\\s+" + SIDE + ")?");
    /**
     * A verb of bordering with its pronoun: يحدها، وتحده. Without its pronoun يحد is mostly "limits"
     * (يحد من انتشار), and تحد "a challenge".
     */
    private static final String BORDERS_VERB = "[يت]حد(?:ها|ه)";
    private static final Pattern BORDERS = Pattern.compile("(?<![\\p{L}])و?" + BORDERS_VERB + "(?![\\p{L}])");
    /**
     * What introduces the countries that border a place, in a sentence with a verb of bordering
     * ({@link #BORDERS}): the verb, or a side given as an adverb or with من (شمالاً، وجنوباً، من الشمال
     * الشرقي). Without the verb a side and a place beside it say which way something moved ("يمتد من
     * جبال نابلس شمالاً"), not what borders what.
     */
    private static final Pattern BORDER = Pattern.compile("(?<![\\p{L}])و?(?:(" + BORDERS_VERB + ")"
            + "|(?:شمال|جنوب|شرق|غرب)ا|من\\s+ال(?:شمال|جنوب|شرق|غرب)(?:\\s+ال(?:شرقي|غربي))?)(?![\\p{L}])");
    /** What may stand between the places of a list: spaces, a comma, a dash (فلسطين المحتلة - إسرائيل). */
    private static final Pattern LIST_GAP = Pattern.compile("[\\s،,\\-–]*");
    /**
     * What may stand between a place and the side after it (المكسيك جنوباً، إسرائيل من الجنوب): not a
     * comma, after which the side begins the next item ("…السعودية، ومن الشمال تركيا").
     */
    private static final Pattern SIDE_GAP = Pattern.compile("[\\s\\-–]*");
    private static final Pattern SPACED_WORDS = Pattern.compile("[\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+)*");
    /** The most words of a place name the lexicon knows: المملكة العربية السعودية. */
    private static final int LONGEST_NAME = 3;
    /**
     * A side named by itself, not as the adjective of a place (كوريا الشمالية): شمال، الشمال، شمالاً، من
     * الجنوب, and the word after it ({@link #sides}).
     */
    private static final Pattern SIDE_WORD = Pattern.compile(
            "(?<![\\p{L}])(?:[وب]|من\\s+)?((?:ال)?(شمال|جنوب|شرق|غرب))ا?(?![\\p{L}])(?:\\s+([\\p{L}]+))?");
    /** Where an item of a sentence's list ends: "يحده من الجنوب الكويت، ومن الشمال تركيا". */
    private static final Pattern ITEM_END = Pattern.compile("[،,؛;.]");

    /** A Latin word written with a capital, as the corpus writes a foreign name (Energiprojekt AB). */
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}])\\p{Lu}[\\p{L}]*");

    private PlaceSpans() {
    }

    /**
     * Every word or name of {@code text} that may say where (folded, in text order): a place a place noun, a
     * side or a verb of bordering introduces ({@link #find}); any word the lexicon knows as a place, or as the
     * adjective of a place's people (السورية: a nisba names its place); a capitalised Latin word; the word after a
     * preposition of place ({@link ArabicPlaceNames#PREPOSITIONS_OF_PLACE}, past an adverb of place) that is no
     * function word and no date; and, when {@code described}, a place only described by its kind's noun (المستشفى
     * العسكري، المنطقة، مطارها). Read to tell whether a sentence names any place beyond the ones a question names: it
     * errs towards finding one, so that a sentence is read as naming none only when no word of it can be one.
     */
    static List<String> mayBePlaces(String text, boolean described) {
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(text);
        List<String> places = new ArrayList<>(find(folded).stream().map(Span::folded).toList());
        List<String> words = ArabicTextNormalizer.words(text);
        boolean[] dating = ArabicCalendarWords.dateWords(words);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String bare = ArabicProclitics.withoutConjunctionAndPreposition(word);
            if (knownPlace(word) || knownPlace(bare) || described && describedPlace(word)) {
                places.add(bare);
            } else if (ArabicPlaceNames.PREPOSITIONS_OF_PLACE.contains(ArabicProclitics.withoutConjunction(word, 2))) {
                int at = i + 1;
                while (at < words.size() && ArabicPlaceNames.ADVERBS_OF_PLACE.contains(words.get(at))) {
                    at++;
                }
                if (at < words.size() && !dating[at] && mayName(words.get(at))
                        && (described || !describedPlace(words.get(at)))) {
                    places.add(ArabicTextNormalizer.withoutArticle(words.get(at)));
                }
            }
        }
        CAPITALISED.matcher(text).results().map(m -> ArabicTextNormalizer.normalize(m.group())).forEach(places::add);
        return places;
    }

    /** Whether a folded word is a place the lexicon knows, or its people's adjective, and no side alone. */
    private static boolean knownPlace(String word) {
        return (namesPlace(word) || KnownNames.demonym(word))
                && !ArabicPlaceNames.namesNoPeople(ArabicTextNormalizer.withoutArticle(word));
    }

    /** Whether a folded word is the noun of a kind of place (المنطقة، المستشفى، مطارها), naming none. */
    private static boolean describedPlace(String word) {
        return placeNoun(ArabicProclitics.withoutConjunctionAndPreposition(word))
                || ArabicPlaceNames.NAMED_KINDS.stream().anyMatch(kind -> kind.nounOf(word));
    }

    /** Whether a folded word after a preposition may name a place: a word of letters, no function word nor time. */
    private static boolean mayName(String word) {
        return ArabicTextNormalizer.LETTER_WORD.matcher(word).matches() && !ArabicStopWords.contains(word)
                && !ArabicPlaceNames.PREPOSITIONS_OF_PLACE.contains(word) && !ArabicCalendarWords.isYearWord(word)
                && !ArabicCalendarWords.RELATIVE_DAYS.contains(word);
    }

    /** The places a place noun, a side or a verb of bordering introduces, in text order. */
    static List<Span> find(ArabicTextNormalizer.Folded folded) {
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        SpanFinder.addAll(spans, NAMED_PLACE.matcher(f), folded, f, 1);
        List<Span> sides = new ArrayList<>();
        SpanFinder.addAll(sides, SIDE_OF_PLACE.matcher(f), folded, f, 1);
        // "في الجنوب الغربي على…": a side with no place after it is no answer.
        sides.removeIf(s -> ArabicStopWords.contains(s.folded().substring(s.folded().lastIndexOf(' ') + 1)));
        spans.addAll(sides);
        spans.addAll(bordering(folded));
        spans.addAll(surrounding(folded));
        spans = new ArrayList<>(spans.stream().distinct().toList());
        spans.sort(Comparator.comparingInt(Span::start));
        spans.removeIf(s -> ArabicStopWords.contains(s.folded()) || ArabicQuestionWords.PLACE_NOUNS.contains(s.folded())
                || describesPlace(s.folded()));
        return spans;
    }

    /**
     * The places of {@code text} that the lexicon knows, right after a preposition, in text order (a
     * name of two words first: ريف دمشق). They answer a where-question whose sentence names no place
     * after a place noun; they are not among {@link SpanFinder#find}'s spans, which rank sentences too
     * ({@link ShortAnswerFinder#holdsAnswer}).
     */
    static List<Span> knownPlaces(String text) {
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(text);
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        Matcher m = AFTER_PREPOSITION.matcher(f);
        while (m.find()) {
            int end = m.group(2) != null && namesPlace(m.group(1) + " " + m.group(2)) ? m.end(2)
                    : namesPlace(m.group(1)) && !placeNoun(m.group(1)) ? m.end(1) : -1;
            if (end > 0) {
                spans.add(new Span(folded.start(m.start(1)), folded.end(end), f.substring(m.start(1), end)));
            }
        }
        return spans;
    }

    /**
     * The places of {@code spans} that may answer a where-question: not the neighbours of a place in a
     * list that names the question's own ({@link #withoutFellowNeighbours}), and, if it names a side,
     * those on that side ({@link #onAskedSide}). The sentence is folded once for both.
     *
     * @param asked whether a span is the question's own place
     */
    static List<Span> ofAsked(String sentence, List<Span> spans, Predicate<Span> asked, String foldedQuestion) {
        if (spans.isEmpty()) {
            return spans;
        }
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(sentence);
        return onAskedSide(folded, withoutFellowNeighbours(folded, spans, asked), foldedQuestion);
    }

    /**
     * The places of {@code spans} on the side {@code foldedQuestion} asks about: "ما الدولة التي تحد
     * سوريا شمالاً" is not answered by "وفلسطين المحتلة - إسرائيل من الجنوب". A place whose item of
     * {@code folded} (between commas) names a side is kept when that is an asked side; one whose item
     * names none is kept too, as every place of a question that names no side.
     */
    private static List<Span> onAskedSide(ArabicTextNormalizer.Folded folded, List<Span> spans,
            String foldedQuestion) {
        Set<String> asked = sides(foldedQuestion);
        if (asked.isEmpty() || spans.isEmpty()) {
            return spans;
        }
        String f = folded.text();
        return spans.stream().filter(span -> {
            int at = SpanFinder.indexOf(folded, span.start());
            int from = at;
            while (from > 0 && !ITEM_END.matcher(f.substring(from - 1, from)).matches()) {
                from--;
            }
            Matcher end = ITEM_END.matcher(f);
            Set<String> named = sides(f.substring(from, end.find(at) ? end.start() : f.length()));
            return named.isEmpty() || !Collections.disjoint(named, asked);
        }).toList();
    }

    /**
     * {@code spans} without the places that border the sentence's subject ({@link #bordering}) when
     * one of them is {@code asked}, the question's own place: "يحدها من الشمال العراق والأردن" in Saudi
     * Arabia's article lists Saudi Arabia's neighbours, so Jordan is no answer to "which country
     * borders Iraq from the north". Iraq's neighbours are in Iraq's article, whose list names Iraq by a
     * pronoun only ("يحده من الجنوب الكويت"); the neighbour's sentence, naming the asked country and
     * side outright, otherwise outranks it on the question's words and on the kind of answer both hold.
     */
    private static List<Span> withoutFellowNeighbours(ArabicTextNormalizer.Folded folded, List<Span> spans,
            Predicate<Span> asked) {
        List<Span> neighbours = bordering(folded);
        if (neighbours.stream().noneMatch(asked)) {
            return spans;
        }
        return spans.stream().filter(s -> neighbours.stream().noneMatch(n -> n.start() < s.end() && s.start() < n.end()))
                .toList();
    }

    /**
     * The sides {@code folded} names by themselves (شمال for شمالاً and من الشمال), not those that begin
     * a place the lexicon knows with the word after them (الشرق الأوسط، جنوب السودان).
     */
    private static Set<String> sides(String folded) {
        Set<String> sides = new HashSet<>();
        Matcher m = SIDE_WORD.matcher(folded);
        while (m.find()) {
            if (m.group(3) == null || !KnownNames.place(m.group(1) + " " + m.group(3))) {
                sides.add(m.group(2));
            }
        }
        return sides;
    }

    /**
     * The places the lexicon knows that border a place ({@link #BORDER}): the list after a verb of
     * bordering or a side, "يحده من الجنوب الكويت والمملكة العربية السعودية، ومن الشمال تركيا"، "يحدها
     * شمالاً تركيا، وشرقًا العراق", and the place just before a side, "فلسطين المحتلة - إسرائيل من الجنوب".
     * Such a sentence, the one that answers "which country borders X from the north", names its
     * countries bare, with no place noun or preposition before them.
     */
    private static List<Span> bordering(ArabicTextNormalizer.Folded folded) {
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        // Most sentences have no verb of bordering: they are not split into words for it.
        if (!BORDERS.matcher(f).find()) {
            return spans;
        }
        List<MatchResult> words = ArabicTextNormalizer.LETTER_WORD.matcher(f).results().toList();
        Matcher m = BORDER.matcher(f);
        while (m.find()) {
            int at = firstWordFrom(words, m.end());
            int from = m.end();
            Optional<Named> name;
            while (at < words.size() && LIST_GAP.matcher(f.substring(from, words.get(at).start())).matches()
                    && (name = longestName(folded, words, at, true)).isPresent()) {
                spans.add(name.get().span());
                at = name.get().next();
                from = words.get(at - 1).end();
            }
            int first = firstWordFrom(words, m.start());
            if (m.group(1) == null && first > 0
                    && SIDE_GAP.matcher(f.substring(words.get(first - 1).end(), m.start())).matches()) {
                longestName(folded, words, first, false).ifPresent(named -> spans.add(named.span()));
            }
        }
        return spans;
    }

    /**
     * The areas {@link #SURROUNDING} names: "وأعلنت إدارة العمليات العسكرية تحرير كامل ريف حلب الغربي" says which
     * area was taken, as "مدينة حلب" would say which city, though no place noun or preposition stands before it.
     * Only around a place the lexicon knows: ريف is also the countryside in general (أبناء الريف).
     */
    private static List<Span> surrounding(ArabicTextNormalizer.Folded folded) {
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        Matcher m = SURROUNDING.matcher(f);
        while (m.find()) {
            if (namesPlace(m.group(1))) {
                int s = m.start() + (f.charAt(m.start()) == 'و' || f.charAt(m.start()) == 'ب' ? 1 : 0);
                spans.add(new Span(folded.start(s), folded.end(m.end()), f.substring(s, m.end())));
            }
        }
        return spans;
    }

    /** A place name found among a sentence's words, and the index of the word after it. */
    private record Named(Span span, int next) {
    }

    private static int firstWordFrom(List<MatchResult> words, int offset) {
        int at = 0;
        while (at < words.size() && words.get(at).start() < offset) {
            at++;
        }
        return at;
    }

    /**
     * The longest place the lexicon knows that starts at word {@code at} ({@code forward}) or ends
     * at the word before it.
     */
    private static Optional<Named> longestName(ArabicTextNormalizer.Folded folded, List<MatchResult> words, int at,
            boolean forward) {
        for (int n = Math.min(LONGEST_NAME, forward ? words.size() - at : at); n >= 1; n--) {
            int from = forward ? at : at - n;
            Optional<Span> name = placeOf(folded, words, from, from + n);
            if (name.isPresent()) {
                return Optional.of(new Named(name.get(), from + n));
            }
        }
        return Optional.empty();
    }

    /**
     * Words {@code from} to {@code to} as a place the lexicon knows, written with spaces only between
     * them; with the first word's conjunction و left out when the name does not begin with it
     * (والأردن); not a side by itself.
     */
    private static Optional<Span> placeOf(ArabicTextNormalizer.Folded folded, List<MatchResult> words, int from,
            int to) {
        String f = folded.text();
        int start = words.get(from).start();
        int end = words.get(to - 1).end();
        String name = f.substring(start, end);
        if (!SPACED_WORDS.matcher(name).matches()) {
            return Optional.empty();
        }
        if (!KnownNames.place(name) && name.startsWith("و") && KnownNames.place(name.substring(1))) {
            start++;
            name = name.substring(1);
        }
        if (!namesPlace(name)) {
            return Optional.empty();
        }
        return Optional.of(new Span(folded.start(start), folded.end(end), name));
    }

    /**
     * A place noun's alternation with its pronoun: "عاصمتها هي ريكيافيك"، "عاصمته بغداد" name the
     * capital as "العاصمة بغداد" does, the copula هي/هو between them.
     */
    private static String withPronoun(String noun) {
        if (!noun.endsWith("ه") || noun.startsWith("ال")) {
            return noun;
        }
        return noun + "|" + noun.substring(0, noun.length() - 1) + "ت(?:ها|ه)(?:\\s+(?:هي|هو))?";
    }

    /**
     * Whether the one word after a place noun says what the place is like or does rather than naming it:
     * a verb ("دولة ويوجه ضربات") or an adjective in the nisba or feminine ending that agrees with an
     * indefinite noun ("دولة عربية"، "منطقة قريبة"، "دول أخرى"). A place the lexicon knows (غزة، دبي) is a
     * name whatever its ending, unless it is a people's adjective (عربية); a word with the article (حي
     * الجمالية) is left as it is.
     */
    private static boolean describesPlace(String word) {
        if (word.indexOf(' ') >= 0 || word.startsWith("ال") || KnownNames.place(word) && !KnownNames.demonym(word)) {
            return false;
        }
        return ArabicRootSkeleton.looksConjugated(word) || word.endsWith("ه") || word.endsWith("ي");
    }

    /**
     * Whether the lexicon knows {@code folded} as a place that a side alone is not: it lists الشمال
     * (north) and الشمال الشرقي, but "من الشمال" says from which side, not where.
     */
    private static boolean namesPlace(String folded) {
        return KnownNames.place(folded) && !SIDE_ONLY.matcher(folded).matches();
    }

    /** منطقة، المنطقة: the lexicon translates "region", but the word names no place by itself. */
    private static boolean placeNoun(String word) {
        return ArabicQuestionWords.PLACE_NOUNS.contains(ArabicTextNormalizer.withoutArticle(word));
    }
}
