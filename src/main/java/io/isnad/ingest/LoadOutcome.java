package io.isnad.ingest;

/** What became of one article file: parsed, or skipped with a reason a user can act on. */
public sealed interface LoadOutcome {

    String file();

    /** The file parsed into an article. */
    record Loaded(Article article) implements LoadOutcome {
        @Override
        public String file() {
            return article.file();
        }
    }

    /** The file was not ingested; the rest of the folder was. */
    record Skipped(String file, String reason) implements LoadOutcome {
    }
}
