package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.Caches;
import io.isnad.ingest.arabic.ArabicPlurals;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The Arabic dual as a count of two ({@link #duals}): a sentence may answer a how-many question
 * with the dual of the asked noun itself, and no figure.
 */
final class DualCounts {

    /** A word of at least three letters before a dual ending. */
    private static final Pattern DUAL = Pattern.compile("[\\p{L}]{3,}(?:ان|ين)");
    /**
     * The words of a sentence that may be duals, by sentence: bounded to a few MB, like the spans
     * ({@code SpanFinder}); a sentence's entry depends on nothing else, so it is never stale.
     */
    private static final Cache<String, List<DualWord>> DUAL_WORDS = Caches.builder().maximumSize(20_000).build();

    private DualCounts() {
    }

    /**
     * Arabic counts two with the dual of the noun itself: "جامعتان" answers "كم عدد الجامعات",
     * "مرتين" answers "كم مرة", "فريقين" answers "كم عدد الفرق". A dual is an indefinite word
     * ending in ان/ين (تان/تين after a feminine noun) whose singular is a word of the question, the
     * same word or of the same root skeleton. Looked for only in a sentence holding no figure or
     * number word: elsewhere an -ين ending is more often a plural than a count. A word the question
     * itself holds is no answer, as with any span: "همدان" of "قاعدة همدان" only looks like a dual
     * of its own root. The noun the question counts is such a word too, given as an English
     * question's Arabic translations: "How many times…" is answered by "مرتين" as "كم مرة" is.
     *
     * @param counted the noun the question counts, with an English question's Arabic translations of it
     */
    static List<Span> duals(String sentence, TypedQuestion question, List<String> counted) {
        List<String> asked = new ArrayList<>(question.dualOf());
        List<String> countedNoun = bare(counted);
        asked.addAll(countedNoun);
        List<Span> duals = new ArrayList<>();
        List<Span> ofCounted = new ArrayList<>();
        for (DualWord dual : DUAL_WORDS.get(sentence, DualCounts::dualWords)) {
            if (question.folded().contains(dual.span().folded())) {
                continue;
            }
            if (asked.stream().anyMatch(dual::of)) {
                duals.add(dual.span());
            }
            if (countedNoun.stream().anyMatch(dual::of)) {
                ofCounted.add(dual.span());
            }
        }
        // The dual of the counted noun is the count; a dual of another question word beside it is
        // most often its adjective, which agrees with it: "فريقين مختلفين" for "كم عدد الفرق المختلفة".
        return ofCounted.isEmpty() ? duals : ofCounted;
    }

    /**
     * {@link ShortAnswerFinder.Fit#countsTallied} for a sentence whose answering spans are duals
     * ({@code spans}): whether one is the dual of the noun the question counts.
     */
    static boolean countsNoun(String sentence, List<Span> spans, List<String> tallied) {
        List<String> bare = bare(tallied);
        return DUAL_WORDS.get(sentence, DualCounts::dualWords).stream()
                .anyMatch(d -> spans.contains(d.span()) && bare.stream().anyMatch(d::of));
    }

    /** Nouns folded and without the article, as a dual's singular is compared with them. */
    private static List<String> bare(List<String> nouns) {
        return nouns.stream().map(n -> ArabicTextNormalizer.withoutArticle(ArabicTextNormalizer.normalize(n))).toList();
    }

    /**
     * A word of a sentence that may be a dual, and the singular it would be the dual of.
     *
     * @param feminine the singular with a ta marbuta where the dual writes ت before the ending
     *        (جامعتان: جامعة)
     */
    private record DualWord(Span span, String stem, String feminine) {

        /**
         * Whether this is the dual of {@code noun} (folded, without the article), the same word or its plural,
         * or the light stem of either: an English question's counted noun comes as the index's stems of its
         * translations, which cut the ة of a feminine singular and the ات of its plural alike (مرة، مرات: مر),
         * so a feminine dual's stem without its ت (مرتين: مر) is that noun's.
         */
        boolean of(String noun) {
            return noun.equals(stem) || ArabicPlurals.sameNoun(feminine, noun)
                    || !feminine.equals(stem) && noun.equals(stem.substring(0, stem.length() - 1));
        }
    }

    /**
     * The words of {@code sentence} that look like duals (indefinite, ending in ان/ين), in text
     * order: they depend on the sentence alone, and every how-many question ranks the same
     * sentences of an article again.
     */
    private static List<DualWord> dualWords(String sentence) {
        ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(sentence);
        List<DualWord> duals = new ArrayList<>();
        Matcher m = ArabicTextNormalizer.LETTER_WORD.matcher(folded.text());
        while (m.find()) {
            String word = m.group();
            if (word.startsWith("ال") || !DUAL.matcher(word).matches()) {
                continue;
            }
            String stem = word.substring(0, word.length() - 2);
            // جامعتان: the ta marbuta of جامعة is written ت before the ending.
            String feminine = stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : stem;
            duals.add(new DualWord(new Span(folded.start(m.start()), folded.end(m.end()), word), stem, feminine));
        }
        return List.copyOf(duals);
    }
}
