package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import io.isnad.ingest.arabic.ArabicPersonTitles;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/** A person's military rank (ما رتبته، "what was his military rank"): news prose sets it before the name (اللواء). */
final class MilitaryRanks {

    private MilitaryRanks() {
    }

    /** Whether a question's folded word asks a rank (رتبته، "rank"). */
    static boolean asks(String word) {
        return word.equals("rank") || ArabicPersonTitles.asksRank(word);
    }

    /** Each word of the text that is a military rank with its article, as a title before a name is (العميد). */
    static List<Span> in(ArabicTextNormalizer.Folded folded) {
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        Matcher words = ArabicTextNormalizer.LETTER_WORD.matcher(f);
        while (words.find()) {
            String word = fromArticle(words.group());
            if (word.startsWith("ال") && ArabicPersonTitles.namesMilitaryRank(List.of(word))) {
                spans.add(new Span(folded.start(words.end() - word.length()), folded.end(words.end()), word));
            }
        }
        return spans;
    }

    /**
     * A folded word from its article on, past a glued conjunction and a glued preposition (والعميد، بالعميد،
     * وبالعميد → العميد); the word itself when it has no article after them.
     */
    private static String fromArticle(String word) {
        String bare = ArabicProclitics.withoutConjunction(word, 2);
        if (!bare.startsWith("ال")) {
            bare = ArabicProclitics.withoutProclitic(bare, 2).orElse(bare);
        }
        return bare.startsWith("ال") ? bare : word;
    }
}
