package io.isnad.index;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;

/**
 * A searched field whose tokens are replayed from analyses made earlier ({@link ReplayedTokens}).
 * The index writer hands each field the stream it used for the field of the same name in the
 * previous document; this field replays its runs through that stream when it is a replayed one,
 * so a thread's writer keeps one stream per field name instead of one per field of every chunk.
 */
final class ReplayedField extends Field {

    private final List<TokenRun> runs;

    ReplayedField(IndexField field, List<TokenRun> runs) {
        super(field.field(), ChunkDocuments.SEARCHED_TYPE);
        this.runs = runs;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        ReplayedTokens tokens = reuse instanceof ReplayedTokens replayed ? replayed : new ReplayedTokens();
        return tokens.replay(runs);
    }
}
