package io.isnad.answer.sentence;

import java.util.List;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.question.HeadlineQuestion;
import io.isnad.ingest.Article;
import io.isnad.ingest.Section;

/**
 * The title line of an article as a lead, for a question asking what the headline says ({@link
 * io.isnad.answer.question.HeadlineQuestion}). The sentence choice ranks the title as any sentence, by the words
 * it holds, and a headline's own words for a thing ("معارك التحرير") are the very words the question leaves out.
 * The judged sentence stays as it is: whether to answer is not decided by where the question points. A sentence
 * of the story that holds more of the question's words goes after the title, not before it ({@link #asked}).
 */
public final class TitleLine {

    private TitleLine() {
    }

    /**
     * The candidate holding the first sentence of {@code lead}'s article when that article opens with a headline
     * line of its own (its whole first line is its title: {@link Article#title} equals {@link Article#headline});
     * {@code lead} itself when the article has none (a Wikipedia paragraph's first line) or it is no candidate.
     */
    public static SentenceCandidate of(SentenceCandidate lead, List<SentenceCandidate> ranked) {
        Article article = lead.article();
        if (!article.title().equals(article.headline())) {
            return lead;
        }
        return ranked.stream()
                .filter(c -> c.article().file().equals(article.file()) && c.sentence().index() == 0
                        && c.sentence().section() == Section.MAIN)
                .findFirst().orElse(lead);
    }

    /**
     * Whether {@code lead} is the title line {@code question} asks for: a headline question ({@link
     * HeadlineQuestion#asks}) led by its article's first sentence.
     */
    static boolean asked(SentenceCandidate lead, AskedQuestion question) {
        return lead.sentence().index() == 0 && HeadlineQuestion.asks(question.text(), question.english());
    }
}
