package io.isnad.retrieve;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the retrieve stage ({@code isnad.retrieve.*}); the ranges are checked at start-up by
 * {@link RetrieveConfigCheck}.
 */
@ConfigMapping(prefix = "isnad.retrieve")
public interface RetrieveConfig {

    /** Boost of the Arabic-analysed (stemmed) field. Every weight here is 0 (the field off) or more. */
    @WithDefault("1.0")
    float arabicWeight();

    /** Boost of the character 3-4-gram field, which catches spelling variants and transliterated names. */
    @WithDefault("0.3")
    float gramsWeight();

    /** Boost of the English-analysed field (Latin-script names and terms). */
    @WithDefault("1.0")
    float englishWeight();

    /** Boost of the headline field. */
    @WithDefault("0.3")
    float titleWeight();

    /**
     * Lexical candidates: those dense retrieval re-orders when it is on. Without dense retrieval only
     * the best {@code rescore-depth} (or 2 × topK) are read from the index. The common n-grams are
     * scored over three times as many chunks as are read. At least 1.
     */
    @WithDefault("100")
    int candidates();

    /** At most this many passages of one article in a response, so others get a place. At least 1. */
    @WithDefault("2")
    int passagesPerArticle();

    /**
     * Weight of sentence-level evidence when re-ranking passages (0 turns re-ranking off): the
     * share of the question's weighted terms held by a passage's best sentence, added to its BM25
     * score scaled to the best hit.
     */
    @WithDefault("0.7")
    float rescoreWeight();

    /**
     * The same weight for English questions, which are searched through their Arabic translations:
     * their BM25 order is noisier, so sentence evidence counts for more.
     */
    @WithDefault("1.5")
    float translatedRescoreWeight();

    /** How many of the best chunks are re-ranked by sentence evidence; 0 or more. */
    @WithDefault("15")
    int rescoreDepth();

    /**
     * Folder holding Debian's {@code dict-freedict-eng-ara} files, used for English questions when
     * present; the service works without it.
     */
    @WithDefault("/usr/share/dictd")
    Optional<String> freedictDir();

    /**
     * Folder holding Debian's {@code hunspell-ar} files ({@code ar.aff}, {@code ar.dic}): where
     * present, an Arabic question's candidate sentences are also ranked by words sharing a Hunspell
     * stem with the question's (فاز / فازوا); the search and the abstention's evidence do not use
     * them. Off unless set (typically to {@code /usr/share/hunspell}): on the 20,000-article benchmark
     * the dictionary raised resident memory after a restart by about 150 MB, near the 400 MB target,
     * and Arabic service time by about half a millisecond, for two more answers of the check parts
     * (docs/performance.md, "The sixteenth round merged").
     */
    Optional<String> hunspellDir();

    default RetrievalSettings settings() {
        return new RetrievalSettings(arabicWeight(), gramsWeight(), englishWeight(), titleWeight(), candidates(),
                passagesPerArticle(), rescoreWeight(), translatedRescoreWeight(),
                rescoreDepth());
    }
}
