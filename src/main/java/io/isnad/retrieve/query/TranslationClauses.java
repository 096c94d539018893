package io.isnad.retrieve.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.index.Snapshot;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.lexicon.QueryTranslator;
import io.isnad.retrieve.lexicon.Source;

/**
 * The clauses and evidence terms of an English question's Arabic translations, one disjunction of
 * alternatives per English word.
 */
public final class TranslationClauses {

    /**
     * A translated word's secondary sense ({@link io.isnad.retrieve.lexicon.Term#secondary}), searched
     * at this share of the word's weight: a less sure translation. It finds the article that says the
     * word that way (xquad-dev English recall@1 up on both parts); as evidence it is left out, since
     * credited there it cost answers (docs/answers.md, "Twenty-first round: English questions over
     * Arabic articles").
     */
    static final double SECONDARY_SENSE_WEIGHT = 0.5;

    /**
     * A dictionary homonym of a name the articles write is searched at this share of its weight: a
     * capitalised word inside a sentence is also spelled as a name, and where the index holds that
     * spelling the name is the likelier reading ("Gaga" غاغا, not أحمق; "Huguenots" as the articles
     * spell it, not the gloss المسيحيون الفرنسيون). At full weight the homonym, a common word, drew
     * articles that only share it; at 0.1 a check question lost its article (docs/answers.md, "en37").
     */
    static final double HOMONYM_OF_HELD_NAME_WEIGHT = 0.5;

    /** A held name spelling shorter than this is as often a common word (بول، غيم): it says nothing. */
    static final int HELD_NAME_LETTERS = 4;

    /**
     * A name the index holds ({@link #heldNames}) is evidence (judged and ranked in sentences) at this
     * many times its weight, so a capitalised name (0.5 → 0.8) outweighs a dictionary sense (0.6) and
     * stays under a listed word (1.0): at 0.5 a common listed word ("found" عثر) took the judged sentence
     * from another story than the top article, which holds the name (Burgess بورجس, Kearney, Newton).
     * Evidence only: searched at twice its weight too, the name moved no article to the top; at 2 one
     * more unanswerable English question was answered on the name alone (docs/answers.md, "en40").
     */
    static final double HELD_NAME_EVIDENCE = 1.6;

    private final IndexAnalyzers analyzers;
    private final RetrievalSettings settings;
    private final QueryTranslator translator;
    private final SynonymStems synonyms;
    private final GramClauses gramClauses;
    private final HeldSpellings heldSpellings;

    public TranslationClauses(IndexAnalyzers analyzers, RetrievalSettings settings, QueryTranslator translator,
            SynonymStems synonyms, GramClauses gramClauses, HeldSpellings heldSpellings) {
        this.analyzers = analyzers;
        this.settings = settings;
        this.translator = translator;
        this.synonyms = synonyms;
        this.gramClauses = gramClauses;
        this.heldSpellings = heldSpellings;
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
     * senses are searched as alternatives of lower weight, and are no evidence; at the word's own weight
     * where the index holds none of its translations but every word of the sense ({@link #heldSenses}).
     * A question-frame word ("another term for") is evidence but not searched.
     *
     * <p>A translation's common grams ("ال", "الا": in most chunks of a large archive) go to
     * {@code secondStage}, as the question's own do ({@link GramClauses#addGrams}): in the first stage they
     * made one nested disjunction walk nearly every chunk, and they can only add to chunks its
     * rare grams or other words found (docs/performance.md, "Eighth round").
     *
     * @param keepArabic whether the question's Arabic-script words are kept as Arabic terms
     *                   ({@link QueryTranslator#translate(String, boolean)})
     */
    public List<EvidenceTerm> addTranslation(BooleanQuery.Builder query, List<Query> secondStage, String question,
            boolean keepArabic, Snapshot snapshot, double chunks, int budget, Map<Term, Integer> counts) {
        List<io.isnad.retrieve.lexicon.Term> terms = heldSpellings.withHeldSpellings(
                translator.translate(question, keepArabic).terms(), snapshot);
        List<List<List<String>>> gramsOf = new ArrayList<>(terms.size());
        List<List<List<String>>> stemsOf = new ArrayList<>(terms.size());
        List<Set<String>> formsOfTerms = new ArrayList<>(terms.size());
        List<Set<String>> inflectedOf = new ArrayList<>(terms.size());
        List<TranslationForms> translations = new ArrayList<>(terms.size());
        List<List<List<String>>> secondaryOf = new ArrayList<>(terms.size());
        // Each term's English word as the English field analyses it: searched, and read as its forms.
        List<List<String>> englishOf = new ArrayList<>(terms.size());
        List<Term> counted = new ArrayList<>();
        for (io.isnad.retrieve.lexicon.Term term : terms) {
            Set<String> forms = new LinkedHashSet<>();
            Set<String> inflected = new LinkedHashSet<>();
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
                translation.read(text, tokens);
                List<Set<String>> words = tokens.stream().map(this::withSynonyms).toList();
                // Every stem first, then the synonyms of each: the order the forms are tried in.
                forms.addAll(tokens);
                words.forEach(forms::addAll);
                translation.add(words);
                // A one-word translation is a dictionary form; an article may glue a pronoun to it (قنصليتها).
                if (words.size() == 1) {
                    inflected.addAll(analyzers.beforeGluedPronoun(text));
                }
            }
            inflected.removeAll(forms);
            translation.add(List.of(inflected));
            inflectedOf.add(inflected);
            List<String> english = analyzers.tokens(IndexField.ENGLISH, term.english());
            englishOf.add(english);
            forms.addAll(english);
            List<List<String>> secondary = secondaryForms(term, forms);
            secondaryOf.add(secondary);
            // Counted too: a sense the index holds is searched in full where the translation is not (heldSenses).
            secondary.forEach(sense -> sense.forEach(w -> counted.add(new Term(IndexField.ARABIC.field(), w))));
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
        boolean[] heldNames = heldNames(terms, stemsOf, docFreqs);
        boolean[] homonyms = homonymsOfHeldNames(terms, stemsOf, heldNames);
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
            List<List<String>> held = term.source() == Source.FREEDICT && !indexed(formsOfTerms.get(t), docFreqs)
                    ? heldSenses(secondaryOf.get(t), docFreqs) : List.of();
            for (List<String> sense : secondaryOf.get(t)) {
                Query senseClause = FieldClauses.allOf(IndexField.ARABIC, sense);
                alternatives.add(held.contains(sense) ? senseClause
                        : new BoostQuery(senseClause, (float) SECONDARY_SENSE_WEIGHT));
            }
            alternatives.add(new BoostQuery(FieldClauses.anyOf(IndexField.ENGLISH, englishOf.get(t)),
                    settings.englishWeight()));
            float boost = (float) (settings.arabicWeight() * term.weight() * (homonyms[t] ? HOMONYM_OF_HELD_NAME_WEIGHT : 1));
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
            // Found in a sentence also as written before a glued pronoun, but weighed by its own forms.
            Set<String> judged = new LinkedHashSet<>(formsOfTerms.get(t));
            judged.addAll(inflectedOf.get(t));
            double evidenceWeight = evidenceWeight(term, heldNames[t]);
            weighed.add(new EvidenceTerm(term.english(), judged, idf * evidenceWeight, name,
                    translation.partial(judged), translation.phrases(),
                    (idf + rankIdf) / 2 * evidenceWeight, translation.clipped()));
        }
        // A question-frame word (Term#searched) is evidence only, so its clause costs no leaves.
        boolean[] kept = ClauseBudget.heaviestWithin(weighed.stream().mapToDouble(EvidenceTerm::weight).toArray(),
                IntStream.range(0, terms.size()).map(i -> terms.get(i).searched() ? ClauseBudget.leaves(clauses.get(i)) : 0)
                        .toArray(), budget);
        List<EvidenceTerm> evidence = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            if (kept[i]) {
                if (terms.get(i).searched()) {
                    query.add(clauses.get(i), BooleanClause.Occur.SHOULD);
                    laterClauses.get(i).ifPresent(secondStage::add);
                }
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

    /**
     * Of a FreeDict word's secondary senses, those the index holds every word of, searched at the
     * word's own weight where the index holds none of the word's translations: FreeDict's one sense
     * is then not the articles' word ("suspended" معلق where they write التعليق, "scored" محرز for
     * النتيجة), and a sense they write is the likelier reading. Still no evidence: taken as evidence
     * too, a held sense gained 11 xquad-dev English answers and lost 3, but answered 28 more
     * cross-corpus English questions (xquad-over-arcd), since a translation no article writes is what
     * declines a question asked of the wrong articles (docs/answers.md, "en32").
     */
    static List<List<String>> heldSenses(List<List<String>> secondary, Map<Term, Integer> docFreqs) {
        return secondary.stream().filter(sense -> sense.stream()
                .allMatch(w -> docFreqs.getOrDefault(new Term(IndexField.ARABIC.field(), w), 0) > 0)).toList();
    }

    /**
     * How much {@code term} weighs as evidence: its translation's weight, a held name's raised ({@link
     * #HELD_NAME_EVIDENCE}).
     */
    static double evidenceWeight(io.isnad.retrieve.lexicon.Term term, boolean heldName) {
        return term.weight() * (heldName ? HELD_NAME_EVIDENCE : 1);
    }

    /**
     * Which terms are a held name: spelled as a name ({@link Source#TRANSLITERATION}) that the index holds
     * as a word of {@value #HELD_NAME_LETTERS} letters at least.
     */
    static boolean[] heldNames(List<io.isnad.retrieve.lexicon.Term> terms, List<List<List<String>>> stemsOf,
            Map<Term, Integer> docFreqs) {
        boolean[] held = new boolean[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            held[t] = terms.get(t).source() == Source.TRANSLITERATION && words(stemsOf.get(t)).stream()
                    .anyMatch(w -> w.length() >= HELD_NAME_LETTERS
                            && docFreqs.getOrDefault(new Term(IndexField.ARABIC.field(), w), 0) > 0);
        }
        return held;
    }

    /**
     * Which terms are a dictionary homonym of a held name ({@code heldNames}, from {@link #heldNames}): a
     * {@link Source#FREEDICT} term whose word is also spelled as a held name, and whose translations are
     * none of the name's spellings (FreeDict's لوثر for "Luther" is the name itself, and keeps its weight).
     */
    static boolean[] homonymsOfHeldNames(List<io.isnad.retrieve.lexicon.Term> terms, List<List<List<String>>> stemsOf,
            boolean[] heldNames) {
        Map<String, Set<String>> spellings = new HashMap<>();
        for (int t = 0; t < terms.size(); t++) {
            if (heldNames[t]) {
                spellings.computeIfAbsent(terms.get(t).english(), e -> new HashSet<>()).addAll(words(stemsOf.get(t)));
            }
        }
        boolean[] homonyms = new boolean[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            Set<String> name = spellings.get(terms.get(t).english());
            homonyms[t] = terms.get(t).source() == Source.FREEDICT && name != null
                    && words(stemsOf.get(t)).stream().noneMatch(name::contains);
        }
        return homonyms;
    }

    private static Set<String> words(List<List<String>> stems) {
        Set<String> words = new HashSet<>();
        stems.forEach(words::addAll);
        return words;
    }

    private Set<String> withSynonyms(String stem) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(stem);
        forms.addAll(synonyms.of(stem));
        return forms;
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
}
