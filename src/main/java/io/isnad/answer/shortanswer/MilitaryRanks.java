package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import io.isnad.ingest.arabic.ArabicPersonTitles;
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
            int start = words.start();
            String word = words.group();
            if (!word.startsWith("ال") && word.length() > 2 && word.substring(1).startsWith("ال")) {
                start++;
                word = word.substring(1);
            }
            if (word.startsWith("ال") && ArabicPersonTitles.namesMilitaryRank(List.of(word))) {
                spans.add(new Span(folded.start(start), folded.end(words.end()), word));
            }
        }
        return spans;
    }
}
