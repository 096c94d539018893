package io.isnad.answer.model;

import java.util.List;

import io.isnad.ingest.Article;
import io.isnad.ingest.Chunk;
import io.isnad.ingest.Sentence;

/** A passage as numbered for the model: {@code [n]} in its answer refers to it. */
record GivenPassage(int n, Article article, Chunk chunk) {

    String text() {
        return article.text().substring(chunk.start(), chunk.end());
    }

    List<Sentence> sentences() {
        return article.sentencesOf(chunk);
    }
}
