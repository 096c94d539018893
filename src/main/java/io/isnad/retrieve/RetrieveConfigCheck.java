package io.isnad.retrieve;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.isnad.config.ConfigProblems;
import io.isnad.config.StageConfigCheck;

/**
 * Finds every ranking setting out of its range, naming its key: a negative weight
 * would rank against the evidence, and no passage per article would decline every question
 * without saying why.
 */
@ApplicationScoped
class RetrieveConfigCheck implements StageConfigCheck {

    private final RetrieveConfig config;

    RetrieveConfigCheck(RetrieveConfig config) {
        this.config = config;
    }

    @Override
    public List<String> problems() {
        RetrievalSettings s = config.settings();
        return new ConfigProblems()
                .notNegative("isnad.retrieve.arabic-weight", s.arabicWeight())
                .notNegative("isnad.retrieve.grams-weight", s.gramsWeight())
                .notNegative("isnad.retrieve.english-weight", s.englishWeight())
                .notNegative("isnad.retrieve.title-weight", s.titleWeight())
                .atLeast("isnad.retrieve.candidates", s.candidates(), 1)
                .atLeast("isnad.retrieve.passages-per-article", s.passagesPerArticle(), 1)
                .notNegative("isnad.retrieve.rescore-weight", s.rescoreWeight())
                .notNegative("isnad.retrieve.translated-rescore-weight", s.translatedRescoreWeight())
                .atLeast("isnad.retrieve.rescore-depth", s.rescoreDepth(), 0)
                .list();
    }
}
