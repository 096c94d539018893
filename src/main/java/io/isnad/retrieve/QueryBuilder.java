package io.isnad.retrieve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.index.Snapshot;
import io.isnad.ingest.arabic.ArabicDialectWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.lexicon.QueryTranslator;
import io.isnad.retrieve.query.AbsentTerms;
import io.isnad.retrieve.query.ClauseBudget;
import io.isnad.retrieve.query.DialectVerbReadings;
import io.isnad.retrieve.query.FieldClauses;
import io.isnad.retrieve.query.GluedWords;
import io.isnad.retrieve.query.GramClauses;
import io.isnad.retrieve.query.HeldSpellings;
import io.isnad.retrieve.query.SaidAlikeWords;
import io.isnad.retrieve.query.SynonymStems;
import io.isnad.retrieve.query.TranslationClauses;
import io.isnad.retrieve.query.WordEvidence;

/**
 * Builds the ranked query and the evidence terms of a question. All fields are searched at once
 * and their BM25 scores summed with per-field boosts: the Arabic stem field finds the words, the
 * character n-gram field forgives spelling variants, the English field finds Latin-script names.
 */
final class QueryBuilder {

    private final IndexAnalyzers analyzers;
    private final RetrievalSettings settings;
    private final GramClauses gramClauses;
    private final ClauseBudget clauseBudget;
    private final TranslationClauses translation;
    private final WordEvidence wordEvidence;

    QueryBuilder(IndexAnalyzers analyzers, RetrievalSettings settings, GramClauses gramClauses,
            ClauseBudget clauseBudget, TranslationClauses translation, WordEvidence wordEvidence) {
        this.analyzers = analyzers;
        this.settings = settings;
        this.gramClauses = gramClauses;
        this.clauseBudget = clauseBudget;
        this.translation = translation;
        this.wordEvidence = wordEvidence;
    }

    /** A builder for the questions over an index analysed by {@code analyzers}, its parts sharing one synonym table. */
    static QueryBuilder of(IndexAnalyzers analyzers, RetrievalSettings settings, QueryTranslator translator) {
        SynonymStems synonyms = SynonymStems.of(analyzers);
        GramClauses grams = new GramClauses(analyzers, settings);
        return new QueryBuilder(analyzers, settings, grams, new ClauseBudget(settings),
                new TranslationClauses(analyzers, settings, translator, synonyms, grams, new HeldSpellings(analyzers)),
                new WordEvidence(synonyms));
    }

    AnalyzedQuery build(String question, Snapshot snapshot) {
        return build(question, LanguageDetector.detect(question), snapshot, true);
    }

    /**
     * @param language       the path the question is read by ({@link LanguageDetector}): a follow-up's own words'
     *                       language, whatever script the earlier question's words carried into it are in
     * @param leaveOutAbsent whether the query leaves out the terms no chunk holds; false only to test that it scores
     *                       alike
     */
    AnalyzedQuery build(String question, String language, Snapshot snapshot, boolean leaveOutAbsent) {
        // A dialect word is searched and weighed as its Standard word: the articles never hold it. So
        // is a verb in a dialect's inflection, where the corpus holds its Standard form only.
        // So is a noun with a glued pronoun the stemmer leaves on (جنازتهم), as the noun itself.
        String normalized = DialectVerbReadings.inStandard(ArabicRootSkeleton.withPronounsAfterTaRead(
                ArabicDialectWords.inStandard(ArabicTextNormalizer.normalize(question))), snapshot);
        Words words = words(normalized, snapshot);
        // A word no chunk holds may be two words typed glued together: read as the two the corpus
        // holds. Asked only then, so a question whose words are all held costs no further look-up,
        // and with the counts already made, so only the parts tried are looked up anew.
        // Or it may carry a letter the dialects say alike for the one the corpus writes (ثامر for تامر).
        if (words.anyArabicAbsent()) {
            String split = GluedWords.split(normalized, snapshot, words.docFreqs());
            String read = SaidAlikeWords.respelled(split, snapshot, words.docFreqs());
            if (!read.equals(normalized)) {
                words = words(read, snapshot);
            }
        }
        Map<List<String>, Float> arabic = words.arabic();
        Map<String, Float> english = words.english();
        List<String> grams = words.grams();
        Map<Term, Integer> docFreqs = words.docFreqs();
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
            // An English follow-up whose carried Arabic words outnumber its own keeps them as Arabic terms: they are
            // what it asks about. A question mostly in Latin letters drops its few Arabic words untranslated as before:
            // kept, "أين يقع" before a Latin name put the verb among the evidence and lost an XQuAD answer.
            boolean keepArabic = LanguageDetector.ARABIC.equals(LanguageDetector.detect(question));
            // Every term's count the query needs, so it can leave out the terms no chunk holds: the words' and
            // the translations'. A question read in Arabic has its words' counts only, searched as they are.
            Map<Term, Integer> counts = new HashMap<>(docFreqs);
            List<EvidenceTerm> evidence = translation.addTranslation(query, secondStage, question, keepArabic, snapshot,
                    chunks, ClauseBudget.WORD_CLAUSES - used, counts);
            return analyzed(question, language, query, evidence, anyOf(secondStage),
                    leaveOutAbsent ? counts : Map.of());
        }
        return analyzed(question, language, query, wordEvidence.of(arabic, english, docFreqs, chunks), commonGrams,
                leaveOutAbsent ? docFreqs : Map.of());
    }

    /** A folded question's words and grams, and every count they need. */
    private Words words(String normalized, Snapshot snapshot) {
        Map<List<String>, Float> arabic = new LinkedHashMap<>();
        analyzers.questionPositions(normalized).forEach(word -> arabic.merge(word, 1f, Float::sum));
        Map<String, Float> english = new LinkedHashMap<>();
        analyzers.englishTokens(normalized).forEach(t -> english.merge(t, 1f, Float::sum));
        List<String> grams = gramClauses.gramsOf(normalized);
        // Every count the question's words and grams need in one look-up, before the chunk count: a
        // search cluster answers all of them in one round trip.
        return new Words(arabic, english, grams, snapshot.docFreqs(counted(arabic, english, grams)));
    }

    /** The question's Arabic words (each as its stem variants), English stems and grams, with their counts. */
    private record Words(Map<List<String>, Float> arabic, Map<String, Float> english, List<String> grams,
            Map<Term, Integer> docFreqs) {

        /** Whether some Arabic word of the question is held by no chunk in any of its stems. */
        boolean anyArabicAbsent() {
            return arabic.keySet().stream().anyMatch(variants -> variants.stream()
                    .allMatch(v -> docFreqs.getOrDefault(new Term(IndexField.ARABIC.field(), v), 0) == 0));
        }
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
}
