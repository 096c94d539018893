package io.isnad.ingest;

/**
 * One sentence of an article. {@code text} equals {@code article.text().substring(start, end)}.
 *
 * @param index position among the article's sentences, from 0
 * @param photoCredit whether the sentence is a photo's credit closing a caption's line ({@link
 *        StoryCredits#photoCredit}), read once when the sentence is made: the answer stage asks it of every
 *        candidate sentence by every question
 */
public record Sentence(int index, int start, int end, String text, Section section, boolean photoCredit) {

    /** A sentence whose photo-credit flag is read from its text. */
    public Sentence(int index, int start, int end, String text, Section section) {
        this(index, start, end, text, section, StoryCredits.photoCredit(text));
    }
}
