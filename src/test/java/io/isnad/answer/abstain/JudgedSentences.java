package io.isnad.answer.abstain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.isnad.answer.ArticleFixture;
import io.isnad.answer.AskedQuestion;
import io.isnad.answer.ExtractiveAnswerer;
import io.isnad.answer.ExtractiveSettings;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.sentence.AnswerComposer;
import io.isnad.answer.sentence.SentenceCandidate;
import io.isnad.index.SentenceTokens;

/**
 * A test corpus's extractive choice for a standalone question, and the candidate sentences its judge reads again
 * ({@link SentenceJudge#speakerHeld}, {@link SentenceJudge#yearNamed}), with the packaged abstention model.
 */
record JudgedSentences(ArticleFixture articles) implements AutoCloseable {

    /** The articles ({@code file → title and text}) written and indexed under {@code tmp}. */
    static JudgedSentences of(Path tmp, Map<String, String> articles) throws IOException {
        return new JudgedSentences(ArticleFixture.of(tmp, articles));
    }

    @Override
    public void close() throws IOException {
        articles.close();
    }

    /** The candidate of {@code question}'s choice whose sentence is {@code sentence}. */
    SentenceCandidate candidate(String question, String sentence) {
        return choice(question).ranked().stream().filter(c -> c.sentence().text().equals(sentence)).findFirst()
                .orElseThrow();
    }

    /** The tokens of the sentences of the candidate's article. */
    List<SentenceTokens> tokens(SentenceCandidate candidate) {
        return articles.snapshot().sentenceTokens(candidate.article().file());
    }

    ExtractiveAnswerer.Choice choice(String question) {
        AskedQuestion asked = new AskedQuestion(question, question, QuestionAnalyzer.analyze(question), false,
                Optional.empty());
        ExtractiveSettings settings = new ExtractiveSettings(0.3, 0.3, 2, 0.75, Integer.MAX_VALUE);
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(settings, AbstentionModel.packaged(),
                new AnswerComposer(settings));
        return answerer.choose(articles.snapshot(), articles.retrieve(question), asked).orElseThrow();
    }
}
