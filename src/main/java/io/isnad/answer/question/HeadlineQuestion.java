package io.isnad.answer.question;

import java.util.regex.Pattern;

import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * A question that asks what a report's headline says, or names the headline as where to look ("عنوان خبر مقتل
 * القائد… يقول منو…", "baghaei story headline what does the outlet itself call the aleppo fighting"): a news
 * story's headline often names a thing in its own words ("معارك التحرير") that the story's sentences say
 * otherwise, so the answer is its title line.
 */
public final class HeadlineQuestion {

    /**
     * "Headline", or "title" beside a word naming a story ({@link SourceQuestion#ENGLISH_STORY}: "the title of the
     * article", "story title"): not a title alone, which is a person's rank or a book's name.
     */
    private static final Pattern ENGLISH = Pattern.compile("\\bheadlines?\\b|\\btitle of the ("
            + String.join("|", SourceQuestion.ENGLISH_STORY) + ")\\b|\\b("
            + String.join("|", SourceQuestion.ENGLISH_STORY) + ")('s)? title\\b", Pattern.CASE_INSENSITIVE);

    private HeadlineQuestion() {
    }

    /**
     * Whether {@code text} asks what a headline says: an English question by {@link #ENGLISH}, an Arabic one by
     * the headline before the report ({@link ArabicQuestionWords#namesHeadline}).
     */
    public static boolean asks(String text, boolean english) {
        if (english) {
            return ENGLISH.matcher(text).find();
        }
        return ArabicQuestionWords.namesHeadline(ArabicTextNormalizer.arabicWords(text));
    }
}
