package io.isnad.index;

import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.BytesRef;

/**
 * A field's token stream replayed from analyses made earlier: the runs one after the other, as
 * the analyzer would have produced them from the texts they came from, joined by blanks. Each
 * token is handed to the index as the UTF-8 bytes its run encoded once ({@link TokenRun#utf8()}),
 * and only the term and the position increment are set, the two attributes the runs carry: the
 * index reads nothing else of a field with frequencies and no positions or offsets, and clearing
 * every attribute per token was nearly all of the replay's own time.
 */
final class ReplayedTokens extends TokenStream {

    private final BytesTermAttribute term;
    private final PositionIncrementAttribute position;
    private final BytesRef bytes = new BytesRef();
    private List<TokenRun> runs = List.of();
    private int run;
    private int token;
    private TokenRun.Utf8 current;

    ReplayedTokens() {
        // One attribute object per attribute, not the packed token of character streams: the term is bytes.
        super(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY);
        this.term = addAttribute(BytesTermAttribute.class);
        this.position = addAttribute(PositionIncrementAttribute.class);
    }

    /** Makes this stream replay {@code runs} from its next {@link #reset()}: one stream serves field after field. */
    ReplayedTokens replay(List<TokenRun> runs) {
        this.runs = runs;
        return this;
    }

    @Override
    public boolean incrementToken() {
        while (run < runs.size() && token == runs.get(run).size()) {
            run++;
            token = 0;
            current = null;
        }
        if (run == runs.size()) {
            return false;
        }
        TokenRun tokens = runs.get(run);
        if (current == null) {
            current = tokens.utf8();
        }
        bytes.bytes = current.bytes();
        bytes.offset = current.start(token);
        bytes.length = current.ends()[token] - bytes.offset;
        term.setBytesRef(bytes);
        position.setPositionIncrement(tokens.increment(token));
        token++;
        return true;
    }

    @Override
    public void reset() {
        run = 0;
        token = 0;
        current = null;
    }
}
