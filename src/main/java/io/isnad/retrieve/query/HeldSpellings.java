package io.isnad.retrieve.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.index.Term;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.index.Snapshot;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.lexicon.Source;

/**
 * Each name's further spellings ({@link io.isnad.retrieve.lexicon.Term#spellings}) that some chunk
 * holds as a word, up to {@value #HELD_SPELLINGS}, become alternatives of the name like its first
 * guesses, and so evidence too: "Panthers" guessed بنثرس finds the article's بانثرز. So do a
 * dictionary loanword's spellings with a long vowel fewer: "oxygen", FreeDict's الأوكسجين, finds the
 * article's الأكسجين. Only a spelling of four letters at least as written: a shorter one is a common
 * word as often. Its stem may be shorter ({@link #SHORTEST_STEM}): the light stemmer reads a name's
 * ending as a suffix (تاين for "Tyne" as تا, its ين a plural's; ليدي for "Lady" as ليد), and a bar
 * read on the stem left those names unfound, and missing from the very sentence that writes them. One
 * more look-up, only for English questions that name something or such a word. A name no
 * guess or further spelling of which any chunk holds takes the words the index holds with a guess's
 * consonants and its long vowels in nested places instead (Burgess: بورجس for the guess برجس): the
 * transliteration guesses the consonants far better than where Arabic writes an English name's vowels.
 */
public final class HeldSpellings {

    /** At most this many of a name's further spellings the index holds are searched (and taken as evidence). */
    static final int HELD_SPELLINGS = 2;
    /** The fewest letters written of a further spelling the index is asked about. */
    private static final int SHORTEST_SPELLING = 4;
    /** The fewest letters of its stem: a one-letter stem is no word's. */
    private static final int SHORTEST_STEM = 2;

    private final IndexAnalyzers analyzers;

    public HeldSpellings(IndexAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * {@code terms}, each name with its further spellings that {@code snapshot} holds added to its
     * translations; a dictionary word's ({@link Source#FREEDICT}: a loanword spelled with a long vowel
     * fewer) only where {@code snapshot} holds none of its translations as written, since a held
     * translation is the word the articles use, and a shorter spelling of it another word.
     */
    List<io.isnad.retrieve.lexicon.Term> withHeldSpellings(List<io.isnad.retrieve.lexicon.Term> terms,
            Snapshot snapshot) {
        Map<io.isnad.retrieve.lexicon.Term, Map<String, Term>> stemOf = new LinkedHashMap<>();
        Map<io.isnad.retrieve.lexicon.Term, List<Term>> translationsOf = new LinkedHashMap<>();
        for (io.isnad.retrieve.lexicon.Term term : terms) {
            Map<String, Term> stems = new LinkedHashMap<>();
            for (String spelling : term.spellings()) {
                wordAsWritten(spelling).filter(stem -> stem.text().length() >= SHORTEST_STEM
                        && ArabicTextNormalizer.normalize(spelling).length() >= SHORTEST_SPELLING)
                        .ifPresent(stem -> stems.put(spelling, stem));
            }
            if (!stems.isEmpty() || term.source() == Source.TRANSLITERATION) {
                stemOf.put(term, stems);
                if (term.source() == Source.FREEDICT || term.source() == Source.TRANSLITERATION) {
                    translationsOf.put(term, term.arabic().stream().flatMap(a -> wordAsWritten(a).stream()).toList());
                }
            }
        }
        if (stemOf.isEmpty()) {
            return terms;
        }
        Map<Term, Integer> docFreqs = snapshot.docFreqs(Stream.concat(
                stemOf.values().stream().flatMap(stems -> stems.values().stream()),
                translationsOf.values().stream().flatMap(List::stream)).distinct().toList());
        List<io.isnad.retrieve.lexicon.Term> out = new ArrayList<>(terms.size());
        for (io.isnad.retrieve.lexicon.Term term : terms) {
            Map<String, Term> stems = stemOf.getOrDefault(term, Map.of());
            boolean translationHeld = translationsOf.getOrDefault(term, List.of()).stream()
                    .anyMatch(t -> docFreqs.getOrDefault(t, 0) > 0);
            if (translationHeld && term.source() == Source.FREEDICT) {
                stems = Map.of();
            }
            List<String> arabic = new ArrayList<>(term.arabic());
            Set<Term> added = new LinkedHashSet<>();
            stems.forEach((spelling, stem) -> {
                if (added.size() < HELD_SPELLINGS && docFreqs.getOrDefault(stem, 0) > 0 && added.add(stem)) {
                    arabic.add(spelling);
                }
            });
            if (added.isEmpty() && !translationHeld && term.source() == Source.TRANSLITERATION) {
                List<Term> guesses = Stream.concat(translationsOf.get(term).stream(), stems.values().stream()).toList();
                sameConsonants(guesses, snapshot).forEach(word -> {
                    if (added.size() < HELD_SPELLINGS && added.add(new Term(IndexField.ARABIC.field(), word))) {
                        arabic.add(word);
                    }
                });
            }
            out.add(added.isEmpty() ? term : new io.isnad.retrieve.lexicon.Term(term.english(), arabic, term.source(),
                    term.weight(), term.secondary(), List.of(), term.searched()));
        }
        return out;
    }

    /**
     * The words the index holds with the consonants of one of a name's spellings ({@code guesses}, none of
     * them held), with their long vowels in places nested with that spelling's ({@link
     * ArabicRootSkeleton#vowelPlacesNested}), in the index's order: the spelling an article uses where
     * no guess has its vowels, Burgess's بورجس for the guesses برجس, بورغس, pestis's بيستيس for بستيس.
     */
    private static List<String> sameConsonants(Collection<Term> guesses, Snapshot snapshot) {
        Map<String, List<String>> byConsonants = snapshot.wordsByConsonants().orElse(Map.of());
        Set<String> words = new LinkedHashSet<>();
        for (Term stem : guesses) {
            String guess = stem.text();
            for (String word : byConsonants.getOrDefault(ArabicRootSkeleton.wholeConsonants(guess), List.of())) {
                if (ArabicRootSkeleton.vowelPlacesNested(word, guess)) {
                    words.add(word);
                }
            }
        }
        return List.copyOf(words);
    }

    /**
     * The index term of {@code arabic}'s word as written: the analyser gives it first, then any stem
     * with a letter read as a prefix taken off (بنثرس, نثرس), and the word itself must be indexed.
     */
    private Optional<Term> wordAsWritten(String arabic) {
        List<String> tokens = analyzers.tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize(arabic));
        return tokens.isEmpty() ? Optional.empty() : Optional.of(new Term(IndexField.ARABIC.field(), tokens.get(0)));
    }
}
