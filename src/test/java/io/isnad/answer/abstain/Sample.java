package io.isnad.answer.abstain;

import java.util.Optional;

/** One labelled question for the refit: the features of its best sentence (empty: nothing found). */
record Sample(Optional<AbstentionFeatures> features, boolean answerable, String id) {
}
