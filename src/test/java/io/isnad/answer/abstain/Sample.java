package io.isnad.answer.abstain;

import java.util.Optional;

/**
 * One labelled question for the refit: the features of its best sentence (empty: nothing found).
 *
 * @param ruled a decline check of {@link io.isnad.answer.abstain.Declines} holds for it, so the service declines
 *        it whatever the model says ({@code ExtractiveAnswerer.Choice#declines})
 * @param set the question set it comes from, so that each set weighs the same in the fit
 * @param install the install it was asked under ({@link RefitInstall#name}): each install's
 *        questions weigh as a set of their own, and each install's check part is read apart
 */
record Sample(Optional<AbstentionFeatures> features, boolean answerable, boolean ruled, String set, String install,
        String id) {

    /** The set and install: what weighs as one set in the fit and is printed as one column. */
    String group() {
        return set + " [" + install + "]";
    }

    /**
     * The sample as the service serves it: a ruled one is declined whatever the model says, so it counts
     * as a question with no sentence (probability 0), which the fit leaves out and the operating point and
     * the comparisons count as declined.
     */
    Sample asServed() {
        return ruled ? new Sample(Optional.empty(), answerable, true, set, install, id) : this;
    }

    /** One CSV line: id, part, label, the features (empty when no sentence was found) and whether it is ruled. */
    String csv(String part) {
        StringBuilder line = new StringBuilder((group() + ":" + id).replace(',', ';')).append(',').append(part).append(',')
                .append(answerable ? 1 : 0);
        double[] values = features.map(AbstentionFeatures::values).orElse(new double[AbstentionFeatures.NAMES.size()]);
        for (double v : values) {
            line.append(',').append(features.isPresent() ? String.valueOf(v) : "");
        }
        return line.append(',').append(ruled ? 1 : 0).toString();
    }
}
