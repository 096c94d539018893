package io.isnad.answer.abstain;

import java.util.Optional;

/**
 * One labelled question for the refit: the features of its best sentence (empty: nothing found).
 *
 * @param set the question set it comes from, so that each set weighs the same in the fit
 * @param install the install it was asked under ({@link RefitInstall#name}): each install's
 *        questions weigh as a set of their own, and each install's check part is read apart
 */
record Sample(Optional<AbstentionFeatures> features, boolean answerable, String set, String install, String id) {

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
