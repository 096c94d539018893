package io.isnad.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import io.isnad.index.Corpus;
import io.isnad.index.IndexField;
import io.isnad.index.embedding.Embedder;
import io.isnad.ingest.Article;
import io.isnad.ingest.Chunk;
import io.isnad.ingest.Sentence;
import io.isnad.index.SentenceTokens;
import io.isnad.retrieve.lexicon.QueryTranslator;

/**
 * Ranks the chunks of a corpus for a question and merges them per article: an article appears at
 * most {@code passagesPerArticle} times, so the passages name as many supporting articles as
 * possible.
 */
public final class HybridRetriever {

    private static final Set<String> STORED = Set.of(IndexField.FILE.field(), IndexField.CHUNK.field(),
            IndexField.FINGERPRINT.field());

    private final RetrievalSettings settings;
    private final QueryTranslator translator;

    public HybridRetriever(RetrievalSettings settings, QueryTranslator translator) {
        this.settings = settings;
        this.translator = translator;
    }

    /** The best {@code topK} passages of {@code corpus} for {@code question}. */
    public Retrieval retrieve(Corpus corpus, String question, int topK) {
        long started = System.nanoTime();
        QueryBuilder builder = new QueryBuilder(corpus.index().analyzers(), settings, translator);
        return corpus.index().search(searcher -> {
            AnalyzedQuery analyzed = builder.build(question, searcher.getIndexReader());
            BooleanQuery chunksOnly = new BooleanQuery.Builder()
                    .add(analyzed.query(), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexField.TYPE.field(), "chunk")), BooleanClause.Occur.FILTER)
                    .build();
            int candidates = Math.max(settings.candidates(), topK);
            ScoreDoc[] hits = searcher.search(chunksOnly, candidates).scoreDocs;
            Optional<Embedder> embedder = corpus.index().embedder();
            if (embedder.isPresent()) {
                hits = ScoreFusion.withDense(searcher, embedder.get(), question, hits, candidates);
            }
            StoredFields stored = searcher.storedFields();
            // Enough chunks to re-rank, and to fill topK even if the best come from few articles.
            int needed = Math.max(settings.rescoreDepth(), topK * settings.passagesPerArticle());
            List<Passage> ranked = new ArrayList<>(needed);
            for (ScoreDoc hit : hits) {
                if (ranked.size() >= needed) {
                    break;
                }
                Document doc = stored.document(hit.doc, STORED);
                resolve(corpus, doc.get(IndexField.FILE.field()), doc, hit.score).ifPresent(ranked::add);
            }
            List<Passage> passages = diversify(rescore(corpus, analyzed, ranked), topK);
            return new Retrieval(analyzed, List.copyOf(passages), (System.nanoTime() - started) / 1e6);
        });
    }

    /**
     * Re-ranks passages by how much of the question's evidence their best sentence holds, added to
     * the BM25 score scaled to the best hit: BM25 rewards term frequency over a whole chunk, while
     * answers live in one sentence that holds most of what was asked.
     */
    private List<Passage> rescore(Corpus corpus, AnalyzedQuery query, List<Passage> ranked) {
        // Translated questions search with guessed words, so their BM25 order deserves less trust.
        float weight = LanguageDetector.ENGLISH.equals(query.language())
                ? settings.translatedRescoreWeight() : settings.rescoreWeight();
        if (weight <= 0 || ranked.isEmpty()) {
            return ranked;
        }
        EvidenceScorer scorer = new EvidenceScorer(query.evidence());
        double top = ranked.get(0).score();
        List<Passage> rescored = new ArrayList<>(ranked.size());
        for (Passage p : ranked) {
            Article article = corpus.article(p.file()).orElseThrow();
            List<SentenceTokens> tokens = corpus.sentenceTokens(p.file());
            double best = 0;
            for (Sentence sentence : article.sentencesOf(article.chunks().get(p.chunk()))) {
                best = Math.max(best, scorer.coverage(article, tokens, sentence));
            }
            double score = p.score() / top + weight * best;
            rescored.add(new Passage(p.file(), p.chunk(), p.start(), p.end(), score, p.section()));
        }
        rescored.sort(Comparator.comparingDouble(Passage::score).reversed());
        return rescored;
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

    /**
     * The catalog's chunk behind a hit. During a re-index the searcher and the catalog may briefly
     * disagree about a changed file; such a hit is dropped rather than quoted at wrong offsets.
     */
    private static Optional<Passage> resolve(Corpus corpus, String file, Document doc, float score) {
        int chunkIndex = doc.getField(IndexField.CHUNK.field()).numericValue().intValue();
        Optional<Article> article = corpus.article(file)
                .filter(a -> a.fingerprint().equals(doc.get(IndexField.FINGERPRINT.field())))
                .filter(a -> chunkIndex < a.chunks().size());
        return article.map(a -> {
            Chunk chunk = a.chunks().get(chunkIndex);
            return new Passage(file, chunkIndex, chunk.start(), chunk.end(), score, chunk.section());
        });
    }
}
