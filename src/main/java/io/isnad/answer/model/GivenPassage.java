package io.isnad.answer.model;

import java.util.List;

import io.isnad.answer.Citation;
import io.isnad.ingest.Article;
import io.isnad.ingest.Chunk;
import io.isnad.ingest.Section;
import io.isnad.ingest.Sentence;

/** A passage as numbered for the model: {@code [n]} in its answer refers to it. */
sealed interface GivenPassage {

    int n();

    Article article();

    /** What the model reads, exactly as the article writes it. */
    String text();

    /** The story the passage belongs to: the article's own, or one appended after "read also". */
    Section section();

    /** The headline of that story: an appended story has its own. */
    default String title() {
        return section() == Section.APPENDIX ? article().appendixTitle().orElse(article().title())
                : article().title();
    }

    /** A retrieved chunk of a story; a citation of it quotes the sentence of it that best supports the answer. */
    record Story(int n, Article article, Chunk chunk) implements GivenPassage {

        @Override
        public String text() {
            return article.text().substring(chunk.start(), chunk.end());
        }

        @Override
        public Section section() {
            return chunk.section();
        }

        List<Sentence> sentences() {
            return article.sentencesOf(chunk);
        }
    }

    /**
     * A line crediting the story a source question asks about (its source line, the by-line or site name
     * closing it), which the index leaves out, as the extractive answer cites it; a citation of it quotes
     * the whole line at its offsets.
     */
    record Credit(int n, Article article, Citation line) implements GivenPassage {

        @Override
        public String text() {
            return line.quote();
        }

        @Override
        public Section section() {
            return Section.ofLabel(line.section()).orElse(Section.MAIN);
        }
    }
}
