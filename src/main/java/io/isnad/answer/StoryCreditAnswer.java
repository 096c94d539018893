package io.isnad.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.isnad.answer.shortanswer.CreditedSource;
import io.isnad.answer.shortanswer.ShortAnswerRenderer;
import io.isnad.answer.shortanswer.Span;
import io.isnad.index.Snapshot;
import io.isnad.ingest.Article;
import io.isnad.ingest.CreditLine;
import io.isnad.ingest.Section;
import io.isnad.ingest.StoryCredits;

/**
 * The answer to a question asking a story's source ({@link io.isnad.answer.question.SourceQuestion}):
 * the lines crediting the story that the answer to its topic quotes first, each cited like a sentence.
 * The topic's answer must stand (not declined), so a source is never given for a story the question is
 * not about; a story that credits no one gives no answer here, nor one with no by-line to a question asking
 * who wrote it.
 */
final class StoryCreditAnswer {

    private StoryCreditAnswer() {
    }

    /**
     * The credit lines of the story {@code topic} leads with, only its by-lines when {@code byline}, as an answer;
     * empty when it has none. Its short answer is the source's name they give ({@link CreditedSource}: "فرانس
     * برس" of "(بحسب وكالة فرانس برس)") for the question of the folded, lower-cased words {@code asking}, none
     * for a by-line.
     */
    static Optional<Draft> of(Snapshot corpus, Draft topic, boolean byline, List<String> asking, boolean english) {
        Citation lead = topic.citations().get(topic.leadCitation());
        Optional<Section> section = Section.ofLabel(lead.section());
        Optional<Article> article = corpus.article(lead.file());
        if (section.isEmpty() || article.isEmpty()) {
            return Optional.empty();
        }
        List<CreditLine> credits = byline ? StoryCredits.bylines(article.get(), section.get())
                : StoryCredits.of(article.get(), section.get());
        if (credits.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (CreditLine credit : credits) {
            int n = citations.size() + 1;
            citations.add(new Citation(n, lead.file(), lead.title(), credit.text(), credit.start(), credit.end(),
                    lead.score(), credit.section().label()));
            text.append(text.isEmpty() ? "" : " ").append(credit.text()).append(" [").append(n).append(']');
        }
        ShortAnswer source = byline ? null : CreditedSource.find(credits.stream().map(CreditLine::text).toList(),
                asking).map(c -> shortAnswer(article.get(), credits.get(c.line()), c.span(), english)).orElse(null);
        return Optional.of(new Draft(text.toString(), List.copyOf(citations), source, 0));
    }

    private static ShortAnswer shortAnswer(Article article, CreditLine line, Span span, boolean english) {
        int start = line.start() + span.start();
        int end = line.start() + span.end();
        String text = article.text().substring(start, end);
        String rendered = english ? ShortAnswerRenderer.english(text).orElse(null) : null;
        return new ShortAnswer(text, article.file(), start, end, rendered);
    }
}
