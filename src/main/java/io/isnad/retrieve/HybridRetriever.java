package io.isnad.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.isnad.index.ChunkHit;
import io.isnad.index.SentenceTokens;
import io.isnad.index.Snapshot;
import io.isnad.index.embedding.Embedder;
import io.isnad.ingest.Article;
import io.isnad.ingest.Chunk;
import io.isnad.ingest.Sentence;
import io.isnad.retrieve.lexicon.QueryTranslator;
import io.isnad.retrieve.lexicon.Term;
import io.isnad.retrieve.lexicon.TranslatedQuery;

/**
 * Ranks the chunks of a corpus for a question and merges them per article: an article appears at
 * most {@code passagesPerArticle} times, so the passages name as many supporting articles as
 * possible.
 */
public final class HybridRetriever {

    /** Best first; equal scores by file and chunk, so the order never depends on how the index was written. */
    private static final Comparator<Passage> BEST_FIRST = Comparator.comparingDouble((Passage p) -> -p.score())
            .thenComparing(Passage::file).thenComparingInt(Passage::chunk);

    /**
     * How many times the chunks it keeps the second stage re-scores: a chunk further down would
     * need the common grams alone to lift it past all of these. Over 20,000 distractors, three times
     * the 15 chunks read without dense retrieval (not the 100 candidates) cost 13% less CPU per
     * question at the same recall (docs/performance.md).
     */
    private static final int SECOND_STAGE_POOL = 3;

    /**
     * Weight of the share of the question's evidence held by an article's first words
     * ({@link OpeningWords}), added to each of its passages when re-ranking: the paragraph about the
     * asked subject before one naming it in passing. 0.2 and three words, measured on arcd-train:
     * 0.1 gains less on its tuning part; 0.4, and 0.3 over five words, gain more there but nothing
     * or less on its check part (docs/answers.md, "arret34").
     */
    private static final double OPENING_WEIGHT = 0.2;
    /** The first words read: an encyclopaedia paragraph's subject or a headline's, not its predicate. */
    private static final int OPENING_WORDS = 3;

    private final RetrievalSettings settings;
    private final QueryTranslator translator;
    private final ArabicStemDictionary stems;

    /** A retriever matching evidence without Hunspell stems. */
    public HybridRetriever(RetrievalSettings settings, QueryTranslator translator) {
        this(settings, translator, ArabicStemDictionary.NONE);
    }

    public HybridRetriever(RetrievalSettings settings, QueryTranslator translator, ArabicStemDictionary stems) {
        this.settings = settings;
        this.translator = translator;
        this.stems = stems;
    }

    /**
     * Reads now what the first question would otherwise wait for: FreeDict for an English one,
     * Hunspell's Arabic dictionary for an Arabic one.
     */
    public void prepare() {
        translator.prepare();
        stems.prepare();
    }

    /** The best {@code topK} passages of {@code snapshot} for {@code question}, read in the language of its letters. */
    public Retrieval retrieve(Snapshot snapshot, String question, int topK) {
        return retrieve(snapshot, question, LanguageDetector.detect(question), topK);
    }

    /**
     * The best {@code topK} passages of {@code snapshot} for {@code question} read as a question in {@code language}:
     * a follow-up carrying an earlier question's words in the other script is read in its own words' language.
     */
    public Retrieval retrieve(Snapshot snapshot, String question, String language, int topK) {
        long started = System.nanoTime();
        QueryBuilder builder = QueryBuilder.of(snapshot.analyzers(), settings, translator);
        AnalyzedQuery analyzed = builder.build(question, language, snapshot, true);
        int candidates = Math.max(settings.candidates(), topK);
        // Enough chunks to re-rank, and to fill topK even if the best come from few articles.
        int needed = Math.max(settings.rescoreDepth(), topK * settings.passagesPerArticle());
        Optional<Embedder> embedder = snapshot.embedder();
        // Only dense fusion re-orders the lexical candidates; without it the best `needed` are all
        // that is read, and Lucene skips more chunks the fewer it must collect.
        int fetched = embedder.isPresent() ? candidates : Math.min(candidates, needed);
        List<ChunkHit> hits = analyzed.secondStage().isPresent()
                ? snapshot.search(analyzed.query(), analyzed.secondStage().get(), SECOND_STAGE_POOL * fetched, fetched)
                : snapshot.search(analyzed.query(), fetched);
        if (embedder.isPresent()) {
            hits = ScoreFusion.withDense(snapshot, embedder.get(), question, hits, candidates);
        }
        List<Passage> ranked = new ArrayList<>(needed);
        for (ChunkHit hit : hits) {
            if (ranked.size() >= needed) {
                break;
            }
            resolve(snapshot, hit).ifPresent(ranked::add);
        }
        boolean english = LanguageDetector.ENGLISH.equals(analyzed.language());
        // Hunspell's stems rank an Arabic question's sentences only: with an English question's
        // translations they put a worse sentence first on the check part (docs/answers.md,
        // "Sixteenth round: Arabic morphology through Hunspell").
        EvidenceScorer scorer = new EvidenceScorer(analyzed.evidence(), english ? Optional.empty() : stems.get());
        if (!english) {
            scorer = scorer.withNames(names(snapshot, analyzed.evidence(), ranked));
        }
        // Translated questions search with guessed words, so their BM25 order deserves less trust.
        float weight = english ? settings.translatedRescoreWeight() : settings.rescoreWeight();
        List<Passage> passages = diversify(rescore(snapshot, analyzed, scorer, ranked, weight), topK);
        // Asked only for English questions: an Arabic one never waits for FreeDict to be read.
        boolean dictionary = english && translator.dictionaryInstalled();
        return new Retrieval(analyzed, List.copyOf(passages), (System.nanoTime() - started) / 1e6, scorer, dictionary,
                weight);
    }

    /**
     * An English text's words as an Arabic question would write them, in order: each searched translation's first
     * Arabic form, and the words with none (acronyms, unknown names) as written, which the Arabic path reads as names.
     */
    public String inArabic(String english) {
        TranslatedQuery translated = translator.translate(english);
        return Stream.concat(translated.terms().stream().filter(Term::searched).map(t -> t.arabic().getFirst()),
                translated.untranslated().stream()).collect(Collectors.joining(" "));
    }

    /**
     * Re-ranks passages by how much of the question's evidence their best sentence holds, added to
     * the BM25 score scaled to the best hit: BM25 rewards term frequency over a whole chunk, while
     * answers live in one sentence that holds most of what was asked. For an Arabic question, the
     * evidence its article's first words hold is added too: a paragraph about a place or person
     * usually names it only there and then says "it", while another paragraph naming it in passing
     * holds the question's words in one sentence.
     */
    private static List<Passage> rescore(Snapshot snapshot, AnalyzedQuery query, EvidenceScorer scorer,
            List<Passage> ranked, float weight) {
        boolean english = LanguageDetector.ENGLISH.equals(query.language());
        if (weight <= 0 || ranked.isEmpty()) {
            return ranked;
        }
        double top = ranked.get(0).score();
        List<Passage> rescored = new ArrayList<>(ranked.size());
        for (Passage p : ranked) {
            Article article = snapshot.article(p.file()).orElseThrow();
            List<SentenceTokens> tokens = snapshot.sentenceTokens(p.file());
            double best = 0;
            for (Sentence sentence : article.sentencesOf(article.chunks().get(p.chunk()))) {
                best = Math.max(best, scorer.coverage(article, tokens, sentence));
            }
            // Not for a translated question: its guessed words in an opening put xquad-dev's English
            // check part's answering article first less often (docs/answers.md, "arret34").
            double opening = english ? 0
                    : scorer.coverageOfParts(List.of(OpeningWords.of(article, snapshot.analyzers(), OPENING_WORDS)));
            double score = p.score() / top + weight * best + OPENING_WEIGHT * opening;
            rescored.add(new Passage(p.file(), p.chunk(), p.start(), p.end(), score, p.section()));
        }
        rescored.sort(BEST_FIRST);
        return rescored;
    }

    /**
     * The names of several words of an Arabic question that the retrieved passages write word by
     * word ({@link NamePhrases}). An English question's terms are translations, which no sentence
     * holds in the question's order.
     */
    private static NamePhrases names(Snapshot snapshot, List<EvidenceTerm> evidence, List<Passage> ranked) {
        if (evidence.size() < 2) {
            return NamePhrases.NONE;
        }
        List<String> texts = new ArrayList<>();
        List<SentenceTokens> forms = new ArrayList<>();
        for (Passage p : ranked) {
            Article article = snapshot.article(p.file()).orElseThrow();
            List<SentenceTokens> tokens = snapshot.sentenceTokens(p.file());
            for (Sentence sentence : article.sentencesOf(article.chunks().get(p.chunk()))) {
                texts.add(sentence.text());
                forms.add(tokens.get(sentence.index()));
            }
        }
        return NamePhrases.of(evidence, texts, forms, snapshot.analyzers());
    }

    /** The best {@code topK} passages with at most {@code passagesPerArticle} from one article. */
    private List<Passage> diversify(List<Passage> ranked, int topK) {
        List<Passage> passages = new ArrayList<>(topK);
        Map<String, Integer> perArticle = new HashMap<>();
        for (Passage p : ranked) {
            if (passages.size() == topK) {
                break;
            }
            if (perArticle.merge(p.file(), 1, Integer::sum) <= settings.passagesPerArticle()) {
                passages.add(p);
            }
        }
        return List.copyOf(passages);
    }

    /** The passage behind a hit; the snapshot's search and catalog are one version, so it is always there. */
    private static Optional<Passage> resolve(Snapshot snapshot, ChunkHit hit) {
        return snapshot.article(hit.file())
                .filter(a -> hit.chunk() < a.chunks().size())
                .map(a -> {
                    Chunk chunk = a.chunks().get(hit.chunk());
                    return new Passage(hit.file(), hit.chunk(), chunk.start(), chunk.end(), hit.score(), chunk.section());
                });
    }
}
