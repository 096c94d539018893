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

    private Nicknames() {
    }

    /** Each nickname the text quotes after a nickname phrase. */
    static List<Span> in(ArabicTextNormalizer.Folded folded) {
        List<Span> spans = new ArrayList<>();
        SpanFinder.addAll(spans, NICKNAME_THEN_QUOTED.matcher(folded.text()), folded, folded.text(), 1);
        return spans;
    }

    /** Whether a question's folded word asks a nickname ({@link ArabicNamingWords#asksNickname}: شو لقبه). */
    static boolean asks(String word) {
        return word.equals("nickname") || ArabicNamingWords.asksNickname(word);
    }
}
