package io.isnad.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the index stage ({@code isnad.index.*}). */
@ConfigMapping(prefix = "isnad.index")
public interface IndexConfig {

    /** Folder of the Lucene index, relative to the working directory; created when missing. */
    @WithDefault("data/index")
    String dir();
}
