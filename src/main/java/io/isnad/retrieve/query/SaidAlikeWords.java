package io.isnad.retrieve.query;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.Term;

import io.isnad.index.Snapshot;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.ingest.arabic.ArabicTypos;

/**
 * Reads a question's word no chunk holds as the word the articles write with one letter the dialects
 * say alike in its place ({@link ArabicTypos#saidAlike}): ثامر حسني asked of an article on تامر حسني,
 * الاظطراب of one on الاضطراب. Unread, the word finds nothing, so the article naming the subject in
 * its title loses to any article holding the question's common words, and the abstention model
 * reads a subject the corpus lacks. The corpus decides, as for {@link GluedWords}: a held word is
 * never read otherwise, and a word with no held reading stays as typed.
 */
public final class SaidAlikeWords {

    private SaidAlikeWords() {
    }

    /**
     * A folded question with each word no chunk holds written as its commonest held reading; a word's
     * stems are counted from {@code counted}, the question's batched counts, where they are.
     */
    public static String respelled(String folded, Snapshot snapshot, Map<Term, Integer> counted) {
        HeldWords words = new HeldWords(snapshot, counted);
        return ArabicTextNormalizer.replaceArabicWords(folded,
                w -> heldReading(w, words).orElse(w));
    }

    /** The held word a folded word no chunk holds was typed for, the commonest of several; empty when it is held. */
    static Optional<String> heldReading(String folded, HeldWords words) {
        if (folded.length() < ArabicTypos.MIN_LETTERS || ArabicStopWords.containsGlued(folded) || words.held(folded)) {
            return Optional.empty();
        }
        return ArabicTypos.saidAlike(folded)
                .filter(reading -> words.chunks(reading).isPresent())
                .max(Comparator.comparingInt(reading -> words.chunks(reading).getAsInt()));
    }
}
