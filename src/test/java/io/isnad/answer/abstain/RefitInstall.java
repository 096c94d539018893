package io.isnad.answer.abstain;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.isnad.retrieve.HybridRetriever;
import io.isnad.retrieve.RetrievalSettings;
import io.isnad.retrieve.RetrieveConfig;
import io.isnad.retrieve.lexicon.QueryTranslator;

/**
 * One way the service can be installed, as the refit asks its questions: with Debian's FreeDict
 * (CI, `.ci/run`) or with the built-in lexicon alone (the service out of the box). Only English
 * questions are translated, so only they are asked under each install; an Arabic question's
 * features are the same under both.
 *
 * @param name how the refit's printout and dump name the install
 * @param englishOffset the feature ({@link AbstentionFeatures#NAMES}) that marks an English question
 *        under this install, whose weight is the install's English offset
 */
record RefitInstall(String name, String englishOffset, HybridRetriever retriever) {

    /**
     * Both installs, the dictionary's first (the operating point is chosen on it, as it is the
     * install CI measures), the dictionary read from the configured folder ({@code isnad.retrieve.freedict-dir}). */
    static List<RefitInstall> both(RetrieveConfig config) {
        return both(config.settings(), config.freedictDir().map(Path::of));
    }

    /**
     * Both installs, the dictionary read from {@code folder}.
     *
     * @throws IllegalStateException when no dictionary is there: a fit over one install would
     *         trade the other install's English questions away unseen
     */
    static List<RefitInstall> both(RetrievalSettings settings, Optional<Path> folder) {
        QueryTranslator withDictionary = QueryTranslator.load(folder);
        if (!withDictionary.dictionaryInstalled()) {
            throw new IllegalStateException("the refit fits both installs and needs FreeDict: install "
                    + "dict-freedict-eng-ara (looked in " + folder.map(Path::toString).orElse("no folder") + ")");
        }
        return List.of(new RefitInstall("dictionary", "englishDictionary", new HybridRetriever(settings, withDictionary)),
                new RefitInstall("built-in lexicon", "englishBuiltin",
                        new HybridRetriever(settings, QueryTranslator.load(Optional.empty()))));
    }
}
