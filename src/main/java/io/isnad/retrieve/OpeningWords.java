package io.isnad.retrieve;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.Caches;
import io.isnad.index.IndexAnalyzers;
import io.isnad.index.SentenceTokens;
import io.isnad.ingest.Article;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The first words of an article's first line, analysed like its sentences: where an encyclopaedia
 * paragraph names what it is about ("آسيا أكبر قارة…"، "الأسد حيوان…") and a news headline its
 * subject. A paragraph that only mentions the asked subject among others ("تقع في غرب آسيا") holds
 * the question's words as well, but not in its opening.
 */
final class OpeningWords {

    /**
     * The analysed openings by analysis, first line and word count. Every Arabic question re-ranks up
     * to fifteen passages by their articles' openings, and folding, cutting and analysing them anew
     * was 1.5 % of an uncached answer on the seeds (docs/performance.md, "perf35"). An opening's
     * tokens depend on nothing else, so an entry is never stale; the first line is the article
     * cache's own string, so a look-up costs its cached hash and an identity test. A few MB at most.
     */
    private static final Cache<Opening, SentenceTokens> OPENINGS = Caches.builder().maximumSize(5_000).build();

    private OpeningWords() {
    }

    /** The analysed forms of the first {@code count} words of {@code article}'s first line. */
    static SentenceTokens of(Article article, IndexAnalyzers analyzers, int count) {
        return OPENINGS.get(new Opening(analyzers, article.headline(), count), Opening::tokens);
    }

    /** An article's first line, as the analysis it is read with sees its first {@code count} words. */
    private record Opening(IndexAnalyzers analyzers, String line, int count) {

        SentenceTokens tokens() {
            List<String> words = ArabicTextNormalizer.openingWords(line, ArabicTextNormalizer.UNPUNCTUATED_WORD, count);
            return SentenceTokens.of(String.join(" ", words), analyzers);
        }

        // Written out as KnownTermsSearcher's WeightKey's are: a record's own go through method
        // handles, most of what a cache hit cost here (docs/performance.md, "perf35b").
        @Override
        public boolean equals(Object other) {
            return other instanceof Opening opening && analyzers == opening.analyzers && count == opening.count
                    && line.equals(opening.line);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(analyzers) * 31 + line.hashCode()) * 31 + count;
        }
    }
}
