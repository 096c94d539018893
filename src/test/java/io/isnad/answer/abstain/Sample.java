package io.isnad.answer.abstain;

import java.util.Optional;

/**
 * One labelled question for the refit: the features of its best sentence (empty: nothing found).
 *
 * @param set the question set it comes from, so that each set weighs the same in the fit
 * @param source where the set's questions come from: the fit gives each source's negatives the same share
 * @param install the install it was asked under ({@link RefitInstall#name}): each install's
 *        questions weigh as a set of their own, and each install's check part is read apart
 */
record Sample(Optional<AbstentionFeatures> features, boolean answerable, String set, Source source, String install,
        String id) {

    /**
     * Where a set's questions come from. Its negatives are unanswerable in different ways: a person's
     * question the articles cannot answer, a question generated from an answerable one by swapping a
     * name or a number, a question asked over another corpus.
     */
    enum Source {
        /** Written by people about the corpus asked: answerable ones, and unanswerable ones (seeds-unanswerable). */
        WRITTEN,
        /** Generated near-misses ({@code ::generated} in the refit's sets). */
        GENERATED,
        /** Asked over another corpus, all negatives ({@code ::cross}). */
        CROSS;

        /** The source a refit set's tag names: none, {@code cross} or {@code generated}. */
        static Source of(String tag) {
            return switch (tag) {
                case "" -> WRITTEN;
                case "cross" -> CROSS;
                case "generated" -> GENERATED;
                default -> throw new IllegalArgumentException("unknown set tag ::" + tag + " (cross, generated)");
            };
        }
    }


    /** The set and install: what weighs as one set in the fit and is printed as one column. */
    String group() {
        return set + " [" + install + "]";
    }

    /** One CSV line: id, part, label and the features (empty when no sentence was found). */
    String csv(String part) {
        StringBuilder line = new StringBuilder((group() + ":" + id).replace(',', ';')).append(',').append(part).append(',')
                .append(answerable ? 1 : 0);
        double[] values = features.map(AbstentionFeatures::values).orElse(new double[AbstentionFeatures.NAMES.size()]);
        for (double v : values) {
            line.append(',').append(features.isPresent() ? String.valueOf(v) : "");
        }
        return line.toString();
    }
}
