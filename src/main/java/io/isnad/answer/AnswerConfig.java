package io.isnad.answer;

import io.isnad.answer.model.ModelProvider;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the answer stage ({@code isnad.answer.*}). */
@ConfigMapping(prefix = "isnad.answer")
public interface AnswerConfig {

    /**
     * Share of the question's weighted evidence (0 to 1) a sentence of another article must hold to
     * be cited beside the answer sentence as a second source of the same fact. Whether to answer at
     * all is the abstention model's decision (see docs/answers.md).
     */
    @WithDefault("0.3")
    double minEvidence();

    /**
     * The sentence the abstention model judges is chosen among the sentences that miss no question
     * word carrying more than this share of the question's weighted evidence (0 to 1), found neither
     * in them nor beside them: "the capital of Japan" is not answered by a sentence about a capital.
     * When every sentence misses one, the best is judged as it is. The sentence quoted loses rank
     * by how far its heaviest missing word goes over this share instead of being left out. 1 turns
     * the preference off.
     */
    @WithDefault("0.3")
    double maxMissingShare();

    /**
     * Most sentences in an extractive answer: 1 answers with the one best sentence; 2 (default) also
     * allows the sentence beside it when only that one holds the asked-for date, number or name, or
     * names the subject of a who-answer that opens with a pronoun.
     */
    @WithDefault("2")
    int maxSentences();

    /**
     * A further sentence joins the answer (or cites the same fact from another article) when its
     * evidence is at least this share of the best sentence's.
     */
    @WithDefault("0.75")
    double relatedRatio();

    /**
     * The fewest root skeletons the indexed articles' words must span for a question word of a root no
     * article writes to count as a name the articles never mention (SentenceJudge.REST_HELD_ROOTLESS):
     * a few articles leave most roots of the language unwritten (the five seed articles span 837 keys,
     * the xquad and arcd evaluation corpora over 3,300), and there such a word is as often a word of
     * the question's own phrasing; 0 applies the rule to any corpus.
     */
    @WithDefault("2000")
    int rootlessMinRoots();

    /**
     * How many extractive answers over the live articles are kept for questions asked again (same
     * text, history and passage count, same version of the index; see docs/performance.md); 0 keeps
     * none (less is refused at start-up). Model answers are never kept, nor answers from a search cluster, which other service
     * nodes may change without this one knowing.
     */
    @WithDefault("1000")
    int cacheSize();

    /** Default number of passages returned. */
    @WithDefault("5")
    int defaultTopK();

    /**
     * {@code extractive} (default) quotes article sentences and needs no model; {@code llm} has a
     * language model write the answer, validated against the passages, with the extractive answer as
     * fallback whenever the model fails.
     */
    @WithDefault("extractive")
    AnswerMode mode();

    /**
     * Which model server {@code llm} mode talks to: {@code openai} (any OpenAI-compatible server,
     * configured with the {@code quarkus.langchain4j.openai.*} keys) or {@code ollama}
     * (Ollama's native API, the quarkus-langchain4j named model {@code ollama}, configured with the
     * {@code quarkus.langchain4j.ollama.ollama.*} keys). Both models exist in every build, so this
     * needs no rebuild.
     */
    @WithDefault("openai")
    ModelProvider provider();

    /**
     * Folder of the prompt templates, read at start-up; a template missing there falls back to the
     * copy packaged with the application.
     */
    @WithDefault("prompts")
    String promptsDir();

    /**
     * In {@code llm} mode, have the model translate English questions into Arabic before searching
     * the Arabic articles; the untranslated question is searched when the model fails.
     */
    @WithDefault("true")
    boolean translateQuestions();

    default ExtractiveSettings extractive() {
        return new ExtractiveSettings(minEvidence(), maxMissingShare(), maxSentences(), relatedRatio(),
                rootlessMinRoots());
    }
}
