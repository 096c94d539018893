package io.isnad.retrieve;

import java.util.List;

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

    private OpeningWords() {
    }

    /** The analysed forms of the first {@code count} words of {@code article}'s first line. */
    static SentenceTokens of(Article article, IndexAnalyzers analyzers, int count) {
        List<String> words = ArabicTextNormalizer.openingWords(article.headline(),
                ArabicTextNormalizer.UNPUNCTUATED_WORD, count);
        return SentenceTokens.of(String.join(" ", words), analyzers);
    }
}
