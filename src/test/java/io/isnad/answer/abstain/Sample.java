package io.isnad.answer.abstain;

import java.util.Optional;

/**
 * One labelled question for the refit: the features of its best sentence (empty: nothing found).
 *
 * @param set the question set it comes from, so that each set weighs the same in the fit
 */
record Sample(Optional<AbstentionFeatures> features, boolean answerable, String set, String id) {

    /** One CSV line: id, part, label and the features (empty when no sentence was found). */
    String csv(String part) {
        StringBuilder line = new StringBuilder((set + ":" + id).replace(',', ';')).append(',').append(part).append(',')
                .append(answerable ? 1 : 0);
        double[] values = features.map(AbstentionFeatures::values).orElse(new double[AbstentionFeatures.NAMES.size()]);
        for (double v : values) {
            line.append(',').append(features.isPresent() ? String.valueOf(v) : "");
        }
        return line.toString();
    }
}
