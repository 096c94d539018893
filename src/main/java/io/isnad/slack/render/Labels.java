package io.isnad.slack.render;

import io.isnad.retrieve.LanguageDetector;

/** What Isnad itself says in Slack, in the question's language. */
public record Labels(String sources, String notInArticles, String helpful, String notHelpful, String allSources,
        String share, String searching, String thanks, String failed, String notReady, String forgotten,
        String closest, String usage, String tooLong) {

    static final Labels ARABIC = new Labels("المصادر", "ليس في المقالات", "👍 مفيد", "👎 غير مفيد", "كل المصادر",
            "انشر في القناة", "أبحث في المقالات…", "شكرًا، سُجّل تقييمك.",
            "عذرًا، تعذّر الجواب الآن؛ أعد السؤال بعد قليل.", "ما زالت المقالات قيد الفهرسة؛ أعد السؤال بعد دقيقة.",
            "هذا الجواب قديم ولم يعد محفوظًا؛ اسأل من جديد.", "أقرب المقاطع التي بُحث فيها",
            "اكتب سؤالك بعد الأمر، مثل: ‎/isnad متى التقى عراقجي بالأسد؟",
            "السؤال أطول من 2000 حرف؛ اختصره من فضلك.");

    static final Labels ENGLISH = new Labels("Sources", "Not in the articles", "👍 Helpful", "👎 Not helpful",
            "All sources", "Share in channel", "Searching the articles…", "Thanks, your rating is noted.",
            "Sorry, I could not answer this right now; please ask again in a moment.",
            "The articles are still being indexed; please ask again in a minute.",
            "This answer is no longer kept; please ask again.", "Closest passages searched",
            "Type your question after the command, e.g. /isnad Who met Assad in Damascus?",
            "The question is longer than 2,000 characters; please shorten it.");

    /** The labels for a question's language, {@code ar} or {@code en}. */
    public static Labels of(String language) {
        return LanguageDetector.ARABIC.equals(language) ? ARABIC : ENGLISH;
    }

    /** The labels for the language a piece of text is written in. */
    public static Labels forText(String text) {
        return of(LanguageDetector.detect(text));
    }
}
