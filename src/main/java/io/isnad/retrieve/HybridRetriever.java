package io.isnad.retrieve;

import java.util.ArrayList;
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
import io.isnad.ingest.Article;
import io.isnad.ingest.Chunk;
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
            ScoreDoc[] hits = searcher.search(chunksOnly, Math.max(settings.candidates(), topK)).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<Passage> passages = new ArrayList<>(topK);
            Map<String, Integer> perArticle = new HashMap<>();
            for (ScoreDoc hit : hits) {
                if (passages.size() == topK) {
                    break;
                }
                Document doc = stored.document(hit.doc, STORED);
                String file = doc.get(IndexField.FILE.field());
                if (perArticle.getOrDefault(file, 0) >= settings.passagesPerArticle()) {
                    continue;
                }
                Optional<Passage> passage = resolve(corpus, file, doc, hit.score);
                if (passage.isPresent()) {
                    passages.add(passage.get());
                    perArticle.merge(file, 1, Integer::sum);
                }
            }
            return new Retrieval(analyzed, List.copyOf(passages), (System.nanoTime() - started) / 1e6);
        });
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
