package io.isnad.retrieve.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.ingest.arabic.ArabicNewsSynonyms;
import io.isnad.ingest.arabic.ArabicPlaceNames;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The news synonyms ({@link ArabicNewsSynonyms}) as stems of the Arabic field, so a question's
 * evidence term also counts a sentence holding a synonym, and a state's name a sentence holding its capital
 * ({@link ArabicPlaceNames#CAPITALS}), not the other way round. Only evidence (sentence scoring) is
 * widened, not the BM25 query: synonyms should help choose the sentence, not pull in articles.
 * The groups whose members may be phrases ({@link ArabicNewsSynonyms#PHRASE_GROUPS}) are kept as
 * {@link PhraseGroup}s: a question's word is found as a phrase a sentence holds whole, and a phrase
 * of the question as a word.
 */
public final class SynonymStems {

    /** Analysed once per analyzer set (one per index), not once per question. */
    private static final Map<IndexAnalyzers, SynonymStems> CACHE = new WeakHashMap<>();

    private final Map<String, Set<String>> byStem;
    private final List<PhraseGroup> phraseGroups;
    /** The stems of {@link ArabicNewsSynonyms#PERSONS}. */
    private final Set<String> persons;
    /** The stems of each of {@link ArabicNewsSynonyms#TOLL_GROUPS}. */
    private final List<Set<String>> tolls;

    private SynonymStems(Map<String, Set<String>> byStem, List<PhraseGroup> phraseGroups, Set<String> persons,
            List<Set<String>> tolls) {
        this.byStem = byStem;
        this.phraseGroups = phraseGroups;
        this.persons = persons;
        this.tolls = tolls;
    }

    /**
     * One group of {@link ArabicNewsSynonyms#PHRASE_GROUPS}, analysed.
     *
     * @param words the stems of its one-word members
     * @param phrases its members of several words, each as its words' stem variants (a word and
     *        the variants stacked on it, as the index holds them)
     */
    record PhraseGroup(Set<String> words, List<List<Set<String>>> phrases) {

        /** Each phrase as the first stem of each of its words, as a question's words are keyed. */
        List<List<String>> keys() {
            return phrases.stream().map(p -> p.stream().map(w -> w.iterator().next()).toList()).toList();
        }
    }

    /**
     * What a question's words may be found as beside their own forms: for the word at {@code i} of
     * {@code stems}, the one-word members of its phrase groups as forms and their phrases, to be held
     * whole. A word of the group finds its phrases; the words of one of its phrases, written in a row,
     * find its words and its other phrases.
     *
     * @param forms per word, the forms to add
     * @param phrases per word, the phrases a sentence must hold whole
     */
    public record PhraseWidening(List<Set<String>> forms, List<List<List<Set<String>>>> phrases) {
    }

    /**
     * The phrase-group widening of a question's words ({@link PhraseWidening}), each given as its stems: the first
     * as the word is written, then the variants the index stacks on it. A word with a bare preposition glued on
     * (بهدنه، بوقف) keeps it in its first stem, which the light stemmer does not strip; its variant without it
     * (هدن، وقف) is the word the group and its phrases hold, as the index finds it in a sentence.
     */
    public PhraseWidening widen(List<List<String>> words) {
        List<Set<String>> forms = new ArrayList<>();
        List<List<List<Set<String>>>> phrases = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            forms.add(new LinkedHashSet<>());
            phrases.add(new ArrayList<>());
        }
        for (PhraseGroup group : phraseGroups) {
            List<List<String>> keys = group.keys();
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).stream().anyMatch(group.words()::contains)) {
                    forms.get(i).addAll(group.words());
                    phrases.get(i).addAll(group.phrases());
                }
                for (int p = 0; p < keys.size(); p++) {
                    List<String> key = keys.get(p);
                    if (writesInARow(words, i, key)) {
                        for (int j = i; j < i + key.size(); j++) {
                            forms.get(j).addAll(group.words());
                            for (int o = 0; o < keys.size(); o++) {
                                if (o != p) {
                                    phrases.get(j).add(group.phrases().get(o));
                                }
                            }
                        }
                    }
                }
            }
        }
        return new PhraseWidening(forms.stream().map(Set::copyOf).toList(),
                phrases.stream().map(List::copyOf).toList());
    }

    /** Whether the words from {@code at} on hold the phrase's stems one by one, each among its stems. */
    private static boolean writesInARow(List<List<String>> words, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int j = 0; j < phrase.size(); j++) {
            if (!words.get(at + j).contains(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }

    public static synchronized SynonymStems of(IndexAnalyzers analyzers) {
        return CACHE.computeIfAbsent(analyzers, SynonymStems::analyse);
    }

    private static SynonymStems analyse(IndexAnalyzers analyzers) {
        Map<String, Set<String>> byStem = new HashMap<>();
        ArabicNewsSynonyms.GROUPS.forEach(group -> interchangeable(group, analyzers, byStem));
        // A state by its first stem only: لبنان also gives بن, which is no state.
        ArabicPlaceNames.CAPITALS.forEach((state, capital) -> {
            String stem = stems(state, analyzers).getFirst();
            Set<String> forms = new LinkedHashSet<>(stems(capital, analyzers));
            forms.add(stem);
            byStem.merge(stem, Set.copyOf(forms), SynonymStems::union);
        });
        List<PhraseGroup> phraseGroups = new ArrayList<>();
        for (List<String> group : ArabicNewsSynonyms.PHRASE_GROUPS) {
            Set<String> words = new LinkedHashSet<>();
            List<List<Set<String>>> phrases = new ArrayList<>();
            for (String member : group) {
                List<List<String>> positions = analyzers.positions(IndexField.ARABIC,
                        ArabicTextNormalizer.normalize(member));
                if (positions.size() == 1) {
                    words.addAll(positions.getFirst());
                } else if (positions.size() > 1) {
                    phrases.add(positions.stream().map(Set::copyOf).toList());
                }
            }
            phraseGroups.add(new PhraseGroup(Set.copyOf(words), List.copyOf(phrases)));
        }
        Set<String> persons = new LinkedHashSet<>();
        ArabicNewsSynonyms.PERSONS.forEach(word -> persons.addAll(stems(word, analyzers)));
        List<Set<String>> tolls = ArabicNewsSynonyms.TOLL_GROUPS.stream().map(group -> Set.copyOf(
                group.stream().flatMap(word -> stems(word, analyzers).stream()).toList())).toList();
        return new SynonymStems(Map.copyOf(byStem), List.copyOf(phraseGroups), Set.copyOf(persons), tolls);
    }

    /**
     * The stems the word at {@code i} of a question's {@code words} (each as its stems, {@link #widen}) is also found
     * as when it counts persons ({@link ArabicNewsSynonyms#PERSONS}): those of each toll group another of the words
     * names. "كم شخصاً قتل في الاعتداء" counts the dead, whom the article counts as شهداء: without it the figure
     * of another attack's "120 شخصاً" held the question's word and the right one did not. Empty for any other word
     * and for a question naming no toll (كم شخصاً يعيش).
     */
    public Set<String> tollsOfPersons(List<List<String>> words, int i) {
        if (words.get(i).stream().noneMatch(persons::contains)) {
            return Set.of();
        }
        Set<String> found = new LinkedHashSet<>();
        for (Set<String> toll : tolls) {
            for (int j = 0; j < words.size(); j++) {
                if (j != i && words.get(j).stream().anyMatch(toll::contains)) {
                    found.addAll(toll);
                }
            }
        }
        return found;
    }

    /**
     * Makes the stems of a group's words each other's forms, beside the forms they have already; a word the group
     * holds only as written ({@link ArabicNewsSynonyms#AS_WRITTEN}) by its first stem, not the variants stacked on it.
     */
    private static void interchangeable(List<String> group, IndexAnalyzers analyzers, Map<String, Set<String>> byStem) {
        Set<String> stems = new LinkedHashSet<>();
        group.forEach(word -> stems.addAll(ArabicNewsSynonyms.AS_WRITTEN.contains(word)
                ? List.of(stems(word, analyzers).getFirst()) : stems(word, analyzers)));
        Set<String> frozen = Set.copyOf(stems);
        frozen.forEach(stem -> byStem.merge(stem, frozen, SynonymStems::union));
    }

    private static List<String> stems(String word, IndexAnalyzers analyzers) {
        return analyzers.tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize(word));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return Set.copyOf(union);
    }

    /** The stems interchangeable with {@code stem}, itself included; empty when it has none. */
    Set<String> of(String stem) {
        return byStem.getOrDefault(stem, Set.of());
    }

    /**
     * The stems interchangeable with any of a word's stems ({@link #widen}: as written, then its variants), so a
     * word with a bare preposition glued on (بمقتل، لهجوم) finds the synonyms of the word without it.
     */
    Set<String> ofAny(List<String> stems) {
        Set<String> all = new LinkedHashSet<>();
        stems.forEach(stem -> all.addAll(of(stem)));
        return all;
    }
}
