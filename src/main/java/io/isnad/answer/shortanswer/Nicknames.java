package io.isnad.answer.shortanswer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.isnad.ingest.arabic.ArabicNamingWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/** A person's nickname (شو لقبه، "what is the nickname"): news prose quotes it after a nickname phrase. */
final class Nicknames {

    /** A nickname phrase and the ب before the name: الملقب بـ"الحاج هاشم". */
    private static final Pattern NICKNAME_THEN_QUOTED = Pattern.compile("(?<![\\p{L}])(?:"
            + String.join("|", ArabicNamingWords.nicknamePhrases()) + ")(?:\\s*ب)?" + NounPhrases.QUOTED);
    /**
     * A question word of the nickname's root, folded, with what glues to it (لقب، لقبه، بيلقبوا، الملقب) and
     * nothing else: "القبض" and "للقبول" hold the letters too.
     */
    private static final Pattern NICKNAME_WORD = Pattern.compile(
            "[وف]?[بل]?(?:ال)?(?:بي|بت|ي|ت|ن|م)?لقب(?:ه|ها|هم|وا|وه|وها|ون|ونه)?");

    private Nicknames() {
    }

    /** Whether a question's folded word asks a nickname. */
    static boolean asks(String word) {
        return word.equals("nickname") || NICKNAME_WORD.matcher(word).matches();
    }

    /** Each nickname the text quotes after a nickname phrase. */
    static List<Span> in(ArabicTextNormalizer.Folded folded) {
        String f = folded.text();
        List<Span> spans = new ArrayList<>();
        SpanFinder.addAll(spans, NICKNAME_THEN_QUOTED.matcher(f), folded, f, 1);
        return spans;
    }
}
