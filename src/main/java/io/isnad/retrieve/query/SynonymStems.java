package io.isnad.retrieve.query;

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
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The news synonyms ({@link ArabicNewsSynonyms}) as stems of the Arabic field, so a question's
 * evidence term also counts a sentence holding a synonym. Only evidence (sentence scoring) is
 * widened, not the BM25 query: synonyms should help choose the sentence, not pull in articles.
 */
public final class SynonymStems {

    /** Analysed once per analyzer set (one per index), not once per question. */
    private static final Map<IndexAnalyzers, SynonymStems> CACHE = new WeakHashMap<>();

    private final Map<String, Set<String>> byStem;

    private SynonymStems(Map<String, Set<String>> byStem) {
        this.byStem = byStem;
    }

    public static synchronized SynonymStems of(IndexAnalyzers analyzers) {
        return CACHE.computeIfAbsent(analyzers, SynonymStems::analyse);
    }

    private static SynonymStems analyse(IndexAnalyzers analyzers) {
        Map<String, Set<String>> byStem = new HashMap<>();
        for (List<String> group : ArabicNewsSynonyms.GROUPS) {
            Set<String> stems = new LinkedHashSet<>();
            for (String word : group) {
                stems.addAll(analyzers.tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize(word)));
            }
            Set<String> frozen = Set.copyOf(stems);
            frozen.forEach(stem -> byStem.merge(stem, frozen, (a, b) -> {
                Set<String> union = new HashSet<>(a);
                union.addAll(b);
                return Set.copyOf(union);
            }));
        }
        return new SynonymStems(Map.copyOf(byStem));
    }

    /** The stems interchangeable with {@code stem}, itself included; empty when it has none. */
    Set<String> of(String stem) {
        return byStem.getOrDefault(stem, Set.of());
    }
}
