package io.isnad.retrieve.query;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.lucene.index.Term;

import io.isnad.index.Snapshot;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * Splits a question's word typed without the space before the next one (ماالاسم، سميالتقويم،
 * الاسكندرالاكبر، عبدالله) into the two words the articles write. Unsplit it is a word no chunk holds,
 * which the abstention model reads as a subject the corpus lacks, while its parts are found
 * everywhere. The corpus decides, not a list: a word is split only when no chunk holds it and chunks
 * hold its parts. Almost any unknown word can be cut into two short words some chunk holds (ماتلين
 * into ما تلين، عاشوراء into عاش وراء), and a name no article gives must stay unknown, so only the two
 * seams a missing space leaves are cut: before a definite article, which never opens a word's middle
 * (سمي|التقويم), and after the question word that opens the question (ماذا|يحدث). A doubled alif
 * (االخواص) is the same slip of the keyboard, read as one.
 */
public final class GluedWords {

    private static final String ARTICLE = "ال";
    /** The fewest letters of a part the corpus must hold: a shorter one is found inside too many words. */
    private static final int MIN_HELD_PART = 3;
    /** The fewest letters of the part after the seam of an article: ال and two letters, as in الله. */
    private static final int MIN_ARTICLE_PART = 4;
    /** The chunk count an opening question word stands for: a stop word, held everywhere as far as searching goes. */
    private static final OptionalInt EVERYWHERE = OptionalInt.of(Integer.MAX_VALUE);
    /** Two or more alifs in a row: compiled once, not once per word as {@code String.replaceAll} would. */
    private static final Pattern DOUBLED_ALIF = Pattern.compile("ا{2,}");

    private GluedWords() {
    }

    /**
     * A folded question with each glued word the corpus does not hold written as the words it does;
     * a word's stems are counted from {@code counted}, the question's batched counts, where they are.
     */
    public static String split(String folded, Snapshot snapshot, Map<Term, Integer> counted) {
        AtomicBoolean opening = new AtomicBoolean(true);
        HeldWords words = new HeldWords(snapshot, counted);
        return ArabicTextNormalizer.replaceArabicWords(folded,
                w -> heldSplit(w, opening.getAndSet(false), words).orElse(w));
    }

    /**
     * What a folded word no chunk holds was typed for: the two words, space between, whose parts the
     * corpus holds, or the word with a doubled alif written once; empty when the word is held, is a
     * stop word, or has no such reading. Of several splits the one whose rarer part is the commonest
     * wins: a real word seldom hides inside a rare remainder.
     *
     * @param opening whether the word opens the question, where a question word may be glued to the next
     */
    static Optional<String> heldSplit(String folded, boolean opening, HeldWords words) {
        if (ArabicStopWords.containsGlued(folded) || words.held(folded)) {
            return Optional.empty();
        }
        String single = DOUBLED_ALIF.matcher(folded).replaceAll("ا");
        if (!single.equals(folded) && words.held(single)) {
            return Optional.of(single);
        }
        return IntStream.range(2, single.length() - 1).boxed()
                .flatMap(i -> seams(single.substring(0, i), single.substring(i), opening, words))
                .max(Comparator.comparingInt(Split::commonness))
                .map(Split::words);
    }

    /**
     * The readings of a word cut into {@code left} and {@code right} whose parts the corpus holds: a
     * definite article opening {@code right} after a held word; or an opening question word, then a
     * held word, also with that word's first alif restored, as the two alifs of ما اسم are typed once
     * in ماسم. Not a stop word before the article: بهالقاعده is the dialect's بهذه القاعدة, not به
     * القاعدة, and so read it answered a question the articles cannot (docs/answers.md, "Twenty-sixth
     * round").
     */
    private static Stream<Split> seams(String left, String right, boolean opening, HeldWords words) {
        if (right.startsWith(ARTICLE) && right.length() >= MIN_ARTICLE_PART) {
            return both(left, heldPart(left, words), right, heldPart(right, words));
        }
        if (opening && ArabicQuestionWords.ALL.contains(left)) {
            Stream<Split> plain = both(left, EVERYWHERE, right, heldPart(right, words));
            String restored = "ا" + right;
            return left.endsWith("ا") && !right.startsWith("ا")
                    ? Stream.concat(plain, both(left, EVERYWHERE, restored, heldPart(restored, words)))
                    : plain;
        }
        return Stream.empty();
    }

    /** The split into two parts both held, weighed by the rarer. */
    private static Stream<Split> both(String left, OptionalInt leftChunks, String right, OptionalInt rightChunks) {
        if (leftChunks.isEmpty() || rightChunks.isEmpty()) {
            return Stream.empty();
        }
        return Stream.of(new Split(left + " " + right, Math.min(leftChunks.getAsInt(), rightChunks.getAsInt())));
    }

    private static OptionalInt heldPart(String word, HeldWords words) {
        return word.length() >= MIN_HELD_PART ? words.chunks(word) : OptionalInt.empty();
    }

    /** Two words a glued word was typed for, and how many chunks hold the rarer. */
    private record Split(String words, int commonness) {
    }
}
