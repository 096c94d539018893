package io.isnad.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lines of an article that say where its stories come from. The index leaves them out (they are
 * no story text), so they are read again from the stored text when a question asks for a story's
 * source. A line labelled as the source ("المصدر: …") credits the story it stands in wherever it
 * stands; a short label line ({@link LineClassifier}) credits it only when no story text follows it in
 * that story, as a by-line or a site's name closes a story ("نغوك آنه (بحسب وكالة فرانس برس)",
 * "سيريانيوز"): labels before or between paragraphs are section names and datelines.
 */
public final class StoryCredits {

    private static final LineClassifier CLASSIFIER = new LineClassifier();
    /** The fewest words of a by-line's name: a writer is named by given and family name. */
    private static final int BYLINE_WORDS = 2;

    private StoryCredits() {
    }

    /** The credit lines of {@code article}, in the order they stand. */
    public static List<CreditLine> of(Article article) {
        String text = article.text();
        List<CreditLine> credits = new ArrayList<>();
        List<CreditLine> closing = new ArrayList<>();
        Section section = Section.MAIN;
        boolean headline = true;
        for (TextSpan line : ArticleParser.lines(text)) {
            String content = text.substring(line.start(), line.end());
            LineClassifier.Kind kind = headline ? LineClassifier.Kind.CONTENT : CLASSIFIER.classify(content);
            headline = false;
            switch (kind) {
                case CREDIT -> {
                    CreditLine credit = new CreditLine(line.start(), line.end(), content, section);
                    (CLASSIFIER.isSource(content) ? credits : closing).add(credit);
                }
                case CONTENT -> closing.clear();
                case APPENDIX_MARKER -> {
                    credits.addAll(closing);
                    closing.clear();
                    section = Section.APPENDIX;
                }
                case BOILERPLATE, METADATA -> {
                    // furniture and dates neither credit a story nor end the labels closing it
                }
            }
        }
        credits.addAll(closing);
        credits.sort(Comparator.comparingInt(CreditLine::start));
        return List.copyOf(credits);
    }

    /**
     * Whether a sentence is a photo's credit ("تصوير: وكالة فرانس برس.") standing in a line of story text, as
     * one closes a caption: a credit line the index leaves out, but a sentence of the caption's line. Each {@link
     * Sentence} holds it ({@link Sentence#photoCredit}).
     */
    public static boolean photoCredit(String sentence) {
        return LineClassifier.isPhotoCredit(sentence.strip());
    }

    /** The credit lines of {@code article} that credit the story {@code section}. */
    public static List<CreditLine> of(Article article, Section section) {
        return of(article).stream().filter(c -> c.section() == section).toList();
    }

    /**
     * The by-lines of the story {@code section}: its credit lines that are no source line (which names an outlet)
     * and name someone by two words at least before any bracket ("نغوك آنه (بحسب وكالة فرانس برس)", "بقلم أحمد
     * محمد"). A one-word label closing a story is the site's name ("سيريانيوز"), which wrote nothing.
     */
    public static List<CreditLine> bylines(Article article, Section section) {
        return of(article, section).stream().filter(c -> !CLASSIFIER.isSource(c.text())
                && LineClassifier.words(c.text().split("[(\\[]", 2)[0].strip()) >= BYLINE_WORDS).toList();
    }
}
