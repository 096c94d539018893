package io.isnad.answer.sentence;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import io.isnad.index.IndexAnalyzers;
import io.isnad.ingest.arabic.ArabicPlaceNames;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceScorer;

/**
 * How a sentence names the thing a follow-up asks which one it is, by the follow-up's head noun
 * ({@link io.isnad.answer.question.AskedNoun}).
 */
public final class NamedHead {

    private NamedHead() {
    }

    /**
     * Whether {@code text} writes the head noun without the article, and names by it only what the previous
     * question asked, in construct with a word that question holds: "لقاعدة “همدان” الجوية" after a question about
     * the bombers that flew from Hamadan names the base the user asked about, and "Which base in Russia did they
     * fly back to?" asks for another one. The construct is how Arabic names a thing by its noun (قاعدة همدان،
     * مطار حلب), so the word after it is the name; the head with the article (القاعدة، هذه القاعدة) points back to
     * the thing already named, and one followed by an indefinite adjective ({@link #describes}) names none. False
     * when {@code text} writes the head only with the article, or not at all: whether it names another is not
     * read there.
     *
     * @param head per evidence term of {@code scorer}, whether it stands for the follow-up's head noun
     * @param newWords per evidence term of {@code scorer}, whether the follow-up's user typed it and the
     *        previous question did not ask it
     */
    public static boolean onlyAsAsked(String text, boolean[] head, EvidenceScorer scorer, boolean[] newWords,
            IndexAnalyzers analyzers) {
        List<String> words = ArabicTextNormalizer.words(text);
        boolean written = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (ArabicRootSkeleton.carriesArticle(word) || !heldBy(word, t -> head[t], scorer, analyzers)) {
                continue;
            }
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (!describes(next) && !heldBy(next, t -> !newWords[t] && !head[t], scorer, analyzers)) {
                return false;
            }
            written = true;
        }
        return written;
    }

    /**
     * Whether {@code next}, the word after an indefinite head, is an indefinite nisba adjective ({@link
     * ArabicPlaceNames#nisbaShaped}): "قواعد عسكرية" says what kind of base, and names none.
     */
    private static boolean describes(String next) {
        return !ArabicRootSkeleton.carriesArticle(next) && ArabicPlaceNames.nisbaShaped(next);
    }

    /** Whether one of the terms {@code of} picks holds {@code word}. */
    private static boolean heldBy(String word, IntPredicate of, EvidenceScorer scorer, IndexAnalyzers analyzers) {
        boolean[] held = scorer.foundIn(List.of(ClauseTokens.of(word, analyzers)));
        return IntStream.range(0, held.length).anyMatch(t -> held[t] && of.test(t));
    }
}
