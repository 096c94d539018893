package io.isnad.retrieve;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.isnad.retrieve.lexicon.QueryTranslator;

/** Makes the one {@link HybridRetriever} from {@link RetrieveConfig}, so services receive it by injection. */
@ApplicationScoped
public class RetrieverProducer {

    @Produces
    @Singleton
    HybridRetriever retriever(RetrieveConfig config) {
        return new HybridRetriever(config.settings(), QueryTranslator.load(config.freedictDir().map(Path::of)),
                ArabicStemDictionary.at(config.hunspellDir().map(Path::of)));
    }
}
