package io.isnad.index;

import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A field's token stream replayed from analyses made earlier: the runs one after the other, as
 * the analyzer would have produced them from the texts they came from, joined by blanks.
 */
final class ReplayedTokens extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final List<TokenRun> runs;
    private int run;
    private int token;

    ReplayedTokens(List<TokenRun> runs) {
        this.runs = runs;
    }

    @Override
    public boolean incrementToken() {
        while (run < runs.size() && token == runs.get(run).size()) {
            run++;
            token = 0;
        }
        if (run == runs.size()) {
            return false;
        }
        clearAttributes();
        TokenRun current = runs.get(run);
        int start = current.start(token);
        term.copyBuffer(current.chars(), start, current.end(token) - start);
        position.setPositionIncrement(current.increment(token));
        token++;
        return true;
    }

    @Override
    public void reset() {
        run = 0;
        token = 0;
    }
}
