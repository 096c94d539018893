package io.isnad.answer.sentence;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.Caches;
import io.isnad.index.IndexAnalyzers;
import io.isnad.index.SentenceTokens;

/**
 * The analysed clauses of long sentences, by analysis and text, for the two readers of a sentence's
 * clauses: the ranking of a typed question's candidates by how near together their clauses hold the
 * question's words, and the cut of a quoted sentence. Every question a sentence may answer reads its
 * clauses again, and analysing them was a twentieth of an uncached answer on the seeds
 * (docs/performance.md, "Ninth round"). A clause's tokens depend on nothing else, so an entry is
 * never stale. Bounded to a few MB.
 */
public final class ClauseTokens {

    private static final Cache<Clause, SentenceTokens> CACHE = Caches.builder().maximumSize(5_000).build();

    private ClauseTokens() {
    }

    /** The tokens of {@code clause}, as {@code analyzers} read it. */
    public static SentenceTokens of(String clause, IndexAnalyzers analyzers) {
        return CACHE.get(new Clause(analyzers, clause), Clause::tokens);
    }

    /** A clause of a sentence, as the analysis it is read with sees it. */
    private record Clause(IndexAnalyzers analyzers, String text) {

        SentenceTokens tokens() {
            return SentenceTokens.of(text, analyzers);
        }
    }
}
