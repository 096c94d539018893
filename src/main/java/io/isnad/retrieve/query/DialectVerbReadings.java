package io.isnad.retrieve.query;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.isnad.index.Snapshot;
import io.isnad.ingest.arabic.ArabicDialectWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * Reads a question's verbs written in a dialect's inflection as the Standard form the articles
 * write: بتعترف as تعترف, اتنقل as نقل, كيعتبرو as يعتبرون, قالو as قالوا ({@link
 * ArabicRootSkeleton#standardReadings}); so is a dialect noun with a glued ب (بحتّة as جزء, {@link
 * ArabicDialectWords#withGluedBiRead}), and a defective verb's past as the feminine or plural the articles
 * write (نعى as نعت, {@link ArabicRootSkeleton#defectivePastReadings}). No article writes the dialect form, so
 * unread it is a "missing" word no sentence holds, which the abstention model reads as a subject the corpus lacks.
 * The corpus decides, since many Standard words look marked (بترول، اتفاق، كيف، تيار): a word is
 * read so only when no chunk holds it and one holds the reading.
 */
public final class DialectVerbReadings {

    private DialectVerbReadings() {
    }

    /** A folded text with each dialect-inflected verb replaced by its Standard reading that {@code snapshot} holds. */
    public static String inStandard(String folded, Snapshot snapshot) {
        return ArabicTextNormalizer.replaceArabicWords(folded, w -> heldReading(w, snapshot).orElse(w));
    }

    /** The first Standard reading of a folded word that some chunk holds, when no chunk holds the word itself. */
    static Optional<String> heldReading(String folded, Snapshot snapshot) {
        List<String> readings = Stream.of(ArabicRootSkeleton.standardReadings(folded).stream(),
                ArabicDialectWords.withGluedBiRead(folded).stream(),
                ArabicRootSkeleton.defectivePastReadings(folded).stream()).flatMap(s -> s).toList();
        HeldWords words = HeldWords.of(snapshot);
        if (readings.isEmpty() || words.held(folded)) {
            return Optional.empty();
        }
        return readings.stream().filter(words::held).findFirst();
    }
}
