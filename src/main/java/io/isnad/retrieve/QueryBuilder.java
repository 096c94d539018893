package io.isnad.retrieve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.index.Snapshot;
import io.isnad.ingest.arabic.ArabicDialectWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.lexicon.QueryTranslator;
import io.isnad.retrieve.lexicon.Source;
import io.isnad.retrieve.query.AbsentTerms;
import io.isnad.retrieve.query.ClauseBudget;
import io.isnad.retrieve.query.FieldClauses;
import io.isnad.retrieve.query.GramClauses;
import io.isnad.retrieve.query.HeldSpellings;
import io.isnad.retrieve.query.SynonymStems;
import io.isnad.retrieve.query.TermIdf;

/**
 * Builds the ranked query and the evidence terms of a question. All fields are searched at once
 * and their BM25 scores summed with per-field boosts: the Arabic stem field finds the words, the
 * character n-gram field forgives spelling variants, the English field finds Latin-script names.
 */
final class QueryBuilder {

    /**
     * A translated word's secondary sense ({@link io.isnad.retrieve.lexicon.Term#secondary}), searched
     * at this share of the word's weight: a less sure translation. It finds the article that says the
     * word that way (xquad-dev English recall@1 up on both parts); as evidence it is left out, since
     * credited there it cost answers (docs/answers.md, "Twenty-first round: English questions over
     * Arabic articles").
     */
    static final double SECONDARY_SENSE_WEIGHT = 0.5;
    private final IndexAnalyzers analyzers;
    private final RetrievalSettings settings;
    private final QueryTranslator translator;
    private final SynonymStems synonyms;
    private final GramClauses gramClauses;
    private final ClauseBudget clauseBudget;
    private final HeldSpellings heldSpellings;

    QueryBuilder(IndexAnalyzers analyzers, RetrievalSettings settings, QueryTranslator translator) {
        this.analyzers = analyzers;
        this.synonyms = SynonymStems.of(analyzers);
        this.settings = settings;
        this.translator = translator;
        this.gramClauses = new GramClauses(analyzers, settings);
        this.clauseBudget = new ClauseBudget(settings);
        this.heldSpellings = new HeldSpellings(analyzers);
    }

    AnalyzedQuery build(String question, Snapshot snapshot) {
        return build(question, snapshot, true);
    }

    /** @param leaveOutAbsent whether the query leaves out the terms no chunk holds; false only to test that it scores alike */
    AnalyzedQuery build(String question, Snapshot snapshot, boolean leaveOutAbsent) {
        String language = LanguageDetector.detect(question);
        // A dialect word is searched and weighed as its Standard word: the articles never hold it. So
        // is a verb in a dialect's inflection, where the corpus holds its Standard form only.
        String normalized = DialectVerbReadings.inStandard(
                ArabicDialectWords.inStandard(ArabicTextNormalizer.normalize(question)), snapshot);
        Map<List<String>, Float> arabic = new LinkedHashMap<>();
        analyzers.positions(IndexField.ARABIC, normalized).forEach(word -> arabic.merge(word, 1f, Float::sum));
        Map<String, Float> english = new LinkedHashMap<>();
        analyzers.englishTokens(normalized).forEach(t -> english.merge(t, 1f, Float::sum));
        List<String> grams = gramClauses.gramsOf(normalized);
        // Every count the question's words and grams need in one look-up, before the chunk count: a
        // search cluster answers all of them in one round trip.
        Map<Term, Integer> docFreqs = snapshot.docFreqs(counted(arabic, english, grams));
        // Every term's count the query needs, so it can leave out the terms no chunk holds.
        Map<Term, Integer> counts = new HashMap<>(docFreqs);
        double chunks = Math.max(1, snapshot.docCount(IndexField.ARABIC));
        boolean translated = LanguageDetector.ENGLISH.equals(language);
        // An English question's translations get half the budget, its words (names in Latin script) the rest.
        int wordBudget = translated ? ClauseBudget.WORD_CLAUSES / 2 : ClauseBudget.WORD_CLAUSES;
        int used = clauseBudget.keepHeaviest(arabic, english, wordBudget, docFreqs, chunks);

        BooleanQuery.Builder query = new BooleanQuery.Builder();
        FieldClauses.addWords(query, IndexField.ARABIC, arabic, settings.arabicWeight());
        FieldClauses.addWords(query, IndexField.TITLE, arabic, settings.titleWeight());
        FieldClauses.addTerms(query, IndexField.ENGLISH, english, settings.englishWeight());
        Optional<Query> commonGrams = gramClauses.addGrams(query, grams, docFreqs, chunks);

        if (translated) {
            List<Query> secondStage = new ArrayList<>();
            commonGrams.ifPresent(secondStage::add);
            List<EvidenceTerm> evidence = addTranslation(query, secondStage, question, snapshot, chunks,
                    ClauseBudget.WORD_CLAUSES - used, counts);
            return analyzed(question, language, query, evidence, anyOf(secondStage),
                    leaveOutAbsent ? counts : Map.of());
        }
        Map<String, List<String>> words = new LinkedHashMap<>();
        arabic.keySet().forEach(variants -> words.putIfAbsent(variants.get(0), variants));
        List<EvidenceTerm> evidence = new ArrayList<>();
        List<String> stems = List.copyOf(words.keySet());
        for (int i = 0; i < stems.size(); i++) {
            Set<String> forms = new LinkedHashSet<>(words.get(stems.get(i)));
            forms.addAll(withJoinedNeighbours(stems, i));
            forms.addAll(synonyms.of(stems.get(i)));
            evidence.add(new EvidenceTerm(stems.get(i), forms, TermIdf.ofWord(docFreqs, words.get(stems.get(i)), chunks),
                    true));
        }
        for (String stem : english.keySet()) {
            if (!words.containsKey(stem)) {
                evidence.add(new EvidenceTerm(stem, Set.of(stem), TermIdf.of(docFreqs, IndexField.ENGLISH, stem, chunks),
                        false));
            }
        }
        return analyzed(question, language, query, List.copyOf(evidence), commonGrams,
                leaveOutAbsent ? counts : Map.of());
    }

    /**
     * A question of common words only has nothing else to search with: its common grams are its query.
     * The query searched leaves out the terms {@code counts} says no chunk holds ({@link AbsentTerms#pruned}).
     */
    private static AnalyzedQuery analyzed(String question, String language, BooleanQuery.Builder query,
            List<EvidenceTerm> evidence, Optional<Query> commonGrams, Map<Term, Integer> counts) {
        BooleanQuery built = query.build();
        if (built.clauses().isEmpty() && commonGrams.isPresent()) {
            return new AnalyzedQuery(question, language, commonGrams.get(), evidence);
        }
        // A query of absent terms only stays as it is: it finds nothing either way, and an empty
        // one would be a search cluster's match-all.
        Query searched = AbsentTerms.pruned(built, counts).orElse(built);
        return new AnalyzedQuery(question, language, searched, evidence, commonGrams);
    }

    /** The second stage's clauses as one query, summed; empty when there is none. */
    private static Optional<Query> anyOf(List<Query> secondStage) {
        if (secondStage.size() <= 1) {
            return secondStage.stream().findFirst();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        secondStage.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        return Optional.of(any.build());
    }

    /**
     * Searches an English question's Arabic translations: each English word becomes one
     * disjunction of its alternatives, so a word with many translations counts once, weighted by
     * how sure the translation is. Transliterated names also go to the n-gram field, which forgives
     * the spelling a rule-based transliteration gets wrong; so does a FreeDict translation the
     * index holds in no form, since that is mostly a loanword spelled otherwise in the articles
     * (الأوكسجين for أكسجين). As evidence such a translation stays exact: matched fuzzily it let
     * questions about what a corpus lacks be answered from near spellings (docs/retrieval.md,
     * "Seventh round"). The built-in lists' names are searched as they are spelled. A word's secondary
     * senses are searched as alternatives of lower weight, and are no evidence.
     *
     * <p>A translation's common grams ("ال", "الا": in most chunks of a large archive) go to
     * {@code secondStage}, as the question's own do ({@link GramClauses#addGrams}): in the first stage they
     * made one nested disjunction walk nearly every chunk, and they can only add to chunks its
     * rare grams or other words found (docs/performance.md, "Eighth round").
     */
    private List<EvidenceTerm> addTranslation(BooleanQuery.Builder query, List<Query> secondStage, String question,
            Snapshot snapshot, double chunks, int budget, Map<Term, Integer> counts) {
        List<io.isnad.retrieve.lexicon.Term> terms = heldSpellings.withHeldSpellings(translator.translate(question).terms(), snapshot);
        List<List<List<String>>> gramsOf = new ArrayList<>(terms.size());
        List<List<List<String>>> stemsOf = new ArrayList<>(terms.size());
        List<Set<String>> formsOfTerms = new ArrayList<>(terms.size());
        List<TranslationForms> translations = new ArrayList<>(terms.size());
        List<List<List<String>>> secondaryOf = new ArrayList<>(terms.size());
        List<Term> counted = new ArrayList<>();
        for (io.isnad.retrieve.lexicon.Term term : terms) {
            Set<String> forms = new LinkedHashSet<>();
            TranslationForms translation = new TranslationForms();
            List<List<String>> grams = new ArrayList<>();
            List<List<String>> stems = new ArrayList<>();
            for (String arabic : term.arabic()) {
                String text = ArabicTextNormalizer.normalize(arabic);
                List<String> tokens = analyzers.tokens(IndexField.ARABIC, text);
                List<String> gramsOfText = mayUseGrams(term) ? gramClauses.gramsOf(text) : List.of();
                grams.add(gramsOfText);
                gramsOfText.forEach(g -> counted.add(new Term(IndexField.GRAMS.field(), g)));
                stems.add(tokens);
                List<Set<String>> words = tokens.stream().map(this::withSynonyms).toList();
                // Every stem first, then the synonyms of each: the order the forms are tried in.
                forms.addAll(tokens);
                words.forEach(forms::addAll);
                translation.add(words);
            }
            List<String> english = analyzers.tokens(IndexField.ENGLISH, term.english());
            forms.addAll(english);
            secondaryOf.add(secondaryForms(term, forms));
            translation.add(english.stream().map(Set::of).toList());
            gramsOf.add(grams);
            stemsOf.add(stems);
            formsOfTerms.add(forms);
            translations.add(translation);
            for (String form : forms) {
                counted.add(new Term(IndexField.ARABIC.field(), form));
                counted.add(new Term(IndexField.ENGLISH.field(), form));
            }
        }
        // One look-up for every form: a search cluster answers it in one round trip.
        Map<Term, Integer> docFreqs = snapshot.docFreqs(counted);
        counts.putAll(docFreqs);
        int commonAbove = GramClauses.commonAbove(chunks);
        List<Query> clauses = new ArrayList<>(terms.size());
        List<Optional<Query>> laterClauses = new ArrayList<>(terms.size());
        List<EvidenceTerm> weighed = new ArrayList<>(terms.size());
        for (int t = 0; t < terms.size(); t++) {
            io.isnad.retrieve.lexicon.Term term = terms.get(t);
            boolean name = term.source() == Source.TRANSLITERATION;
            boolean grams = name || term.source() == Source.FREEDICT && !indexed(formsOfTerms.get(t), docFreqs);
            List<Query> alternatives = new ArrayList<>();
            List<Query> later = new ArrayList<>();
            for (int a = 0; a < term.arabic().size(); a++) {
                alternatives.add(FieldClauses.allOf(IndexField.ARABIC, stemsOf.get(t).get(a)));
                if (grams) {
                    List<String> rare = new ArrayList<>();
                    List<String> common = new ArrayList<>();
                    for (String g : gramsOf.get(t).get(a)) {
                        (GramClauses.common(g, docFreqs, commonAbove) ? common : rare).add(g);
                    }
                    if (!rare.isEmpty()) {
                        alternatives.add(new BoostQuery(FieldClauses.anyOf(IndexField.GRAMS, rare), settings.gramsWeight()));
                    }
                    if (!common.isEmpty()) {
                        later.add(new BoostQuery(FieldClauses.anyOf(IndexField.GRAMS, common), settings.gramsWeight()));
                    }
                }
            }
            for (List<String> sense : secondaryOf.get(t)) {
                alternatives.add(new BoostQuery(FieldClauses.allOf(IndexField.ARABIC, sense), (float) SECONDARY_SENSE_WEIGHT));
            }
            alternatives.add(new BoostQuery(FieldClauses.anyOf(IndexField.ENGLISH, analyzers.tokens(IndexField.ENGLISH, term.english())),
                    settings.englishWeight()));
            float boost = (float) (settings.arabicWeight() * term.weight());
            clauses.add(new BoostQuery(new DisjunctionMaxQuery(alternatives, 0.1f), boost));
            laterClauses.add(later.isEmpty() ? Optional.empty()
                    : Optional.of(new BoostQuery(new DisjunctionMaxQuery(later, 0.1f), boost)));
            // Judged by its rarest form's idf, the weight the abstention model was fitted on. Ranked
            // halfway to its commonest form's idf, how rare finding the word in a sentence really is:
            // all the way lost a seeds question on ties between common words (docs/answers.md,
            // "Fourteenth round: the article cited").
            double idf = 0;
            double rankIdf = Double.MAX_VALUE;
            for (String form : formsOfTerms.get(t)) {
                double formIdf = Math.min(TermIdf.of(docFreqs, IndexField.ARABIC, form, chunks),
                        TermIdf.of(docFreqs, IndexField.ENGLISH, form, chunks));
                idf = Math.max(idf, formIdf);
                rankIdf = Math.min(rankIdf, formIdf);
            }
            TranslationForms translation = translations.get(t);
            weighed.add(new EvidenceTerm(term.english(), formsOfTerms.get(t), idf * term.weight(), name,
                    translation.partial(formsOfTerms.get(t)), translation.phrases(),
                    (idf + rankIdf) / 2 * term.weight()));
        }
        boolean[] kept = ClauseBudget.heaviestWithin(weighed.stream().mapToDouble(EvidenceTerm::weight).toArray(),
                clauses.stream().mapToInt(ClauseBudget::leaves).toArray(), budget);
        List<EvidenceTerm> evidence = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            if (kept[i]) {
                query.add(clauses.get(i), BooleanClause.Occur.SHOULD);
                laterClauses.get(i).ifPresent(secondStage::add);
                evidence.add(weighed.get(i));
            }
        }
        return evidence;
    }

    /**
     * A term's secondary senses as the analysed words of each, leaving out those whose every word is
     * already a form of the term; each is searched at {@link #SECONDARY_SENSE_WEIGHT} of the term.
     */
    private List<List<String>> secondaryForms(io.isnad.retrieve.lexicon.Term term, Set<String> forms) {
        List<List<String>> senses = new ArrayList<>();
        for (String arabic : term.secondary()) {
            List<String> tokens = analyzers.tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize(arabic));
            if (!tokens.isEmpty() && !forms.containsAll(tokens) && !senses.contains(tokens)) {
                senses.add(tokens);
            }
        }
        return senses;
    }

    private Set<String> withSynonyms(String stem) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(stem);
        forms.addAll(synonyms.of(stem));
        return forms;
    }

    /**
     * A translated term's translations, sorted: one of one word is the term wherever one of its
     * forms is; one of several words is the term where all its words are, so its words alone are
     * {@code partial} forms.
     */
    private static final class TranslationForms {

        private final Set<String> whole = new LinkedHashSet<>();
        private final List<List<Set<String>>> phrases = new ArrayList<>();

        /** One translation, as its words' forms. */
        void add(List<Set<String>> words) {
            if (words.size() == 1) {
                whole.addAll(words.get(0));
            } else if (words.size() > 1) {
                phrases.add(words);
            }
        }

        /** Of the term's {@code forms}, those no translation of one word holds. */
        Set<String> partial(Set<String> forms) {
            Set<String> partial = new LinkedHashSet<>(forms);
            partial.removeAll(whole);
            return Set.copyOf(partial);
        }

        /** The translations of several words; none when every form is whole anyway. */
        List<List<Set<String>>> phrases() {
            return phrases.stream().allMatch(words -> words.stream().allMatch(whole::containsAll)) ? List.of()
                    : List.copyOf(phrases);
        }
    }

    /** Whether a translation may be searched through the n-grams: a name, or a FreeDict word the index may lack. */
    private static boolean mayUseGrams(io.isnad.retrieve.lexicon.Term term) {
        return term.source() == Source.TRANSLITERATION || term.source() == Source.FREEDICT;
    }

    /** Whether some chunk holds one of {@code forms} as it is, in the Arabic or the English field. */
    private static boolean indexed(Set<String> forms, Map<Term, Integer> docFreqs) {
        return forms.stream().anyMatch(f -> docFreqs.get(new Term(IndexField.ARABIC.field(), f)) > 0
                || docFreqs.get(new Term(IndexField.ENGLISH.field(), f)) > 0);
    }

    /**
     * The terms whose document frequencies the question's own words and grams need, and its words'
     * in the title field, which only the query needs (to leave out those no title holds).
     */
    private static List<Term> counted(Map<List<String>, Float> arabic, Map<String, Float> english, List<String> grams) {
        List<Term> terms = new ArrayList<>();
        arabic.keySet().forEach(variants -> variants.forEach(v -> terms.add(new Term(IndexField.ARABIC.field(), v))));
        arabic.keySet().forEach(variants -> variants.forEach(v -> terms.add(new Term(IndexField.TITLE.field(), v))));
        english.keySet().forEach(stem -> terms.add(new Term(IndexField.ENGLISH.field(), stem)));
        grams.forEach(gram -> terms.add(new Term(IndexField.GRAMS.field(), gram)));
        return terms;
    }

    /**
     * A word's forms, plus its concatenation with each neighbour: compound names are written both
     * split and joined ("بور هاشمي" / "بورهاشمي").
     */
    private static Set<String> withJoinedNeighbours(List<String> stems, int i) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(stems.get(i));
        if (i > 0) {
            forms.add(stems.get(i - 1) + stems.get(i));
        }
        if (i + 1 < stems.size()) {
            forms.add(stems.get(i) + stems.get(i + 1));
        }
        return forms;
    }
}
