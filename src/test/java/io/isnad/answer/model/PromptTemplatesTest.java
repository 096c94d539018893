package io.isnad.answer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.qute.Engine;

/** Templates are filled in one pass: text inserted into them is never read as template syntax. */
class PromptTemplatesTest {

    private static final Engine ENGINE = Engine.builder().addDefaults().build();
    private static final String PASSAGES = "@@passages@@";
    private static final String QUESTION = "@@question@@";

    @Test
    void articleTextThatLooksLikeAPlaceholderStaysLiteral() {
        PromptTemplates prompts = PromptTemplates.load(Path.of("prompts"), ENGINE);
        String passages = "<passage n=\"1\">The article says {{question}} and {question} and {x} and {#if}.</passage>";
        String rendered = prompts.render(Prompt.ANSWER_EN, Map.of("passages", passages, "credits", "",
                "earlierQuestion", "", "earlierAnswer", "", "question", "Who won?"));
        assertTrue(rendered.contains(passages), rendered);
        assertEquals(1, rendered.split("Who won\\?", -1).length - 1, rendered);
    }

    @Test
    void aQuestionWithBracesIsInsertedAsIs() {
        PromptTemplates prompts = PromptTemplates.load(Path.of("prompts"), ENGINE);
        String rendered = prompts.render(Prompt.REWRITE, Map.of("history", "{question}", "answer", "{answer}",
                "question", "{history}?"));
        assertTrue(rendered.contains("{question}\n") && rendered.endsWith("{history}?"), rendered);
    }

    @Test
    void aPlaceholderTheServiceDoesNotFillFailsAtLoad(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("translate.txt"), "Translate {questoin}");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PromptTemplates.load(dir, ENGINE));
        assertTrue(e.getMessage().contains("translate.txt uses {questoin}"), e.getMessage());
    }

    @Test
    void anEditedTemplateInTheFolderWins(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("translate.txt"), "Say it in Arabic: {question} \\{literal}");
        PromptTemplates prompts = PromptTemplates.load(dir, ENGINE);
        assertEquals("Say it in Arabic: Hi {literal}", prompts.render(Prompt.TRANSLATE, Map.of("question", "Hi")));
    }

    @Test
    void theAnswerTemplatesIntroduceCreditLinesOnlyWhenThereAreAny() {
        PromptTemplates prompts = PromptTemplates.load(Path.of("prompts"), ENGINE);
        String credit = "<passage n=\"6\" file=\"a.txt\" title=\"t\">\nالمصدر: وكالة\n</passage>";
        for (Prompt answer : new Prompt[] {Prompt.ANSWER_EN, Prompt.ANSWER_AR}) {
            String plain = answer(prompts, answer, "", "", "");
            String source = answer(prompts, answer, credit, "", "");
            assertFalse(plain.contains("\n\n\n"), "no gap is left where the credit lines would stand: " + plain);
            int afterPassages = source.indexOf(PASSAGES) + PASSAGES.length();
            assertTrue(afterPassages < source.indexOf(credit) && source.indexOf(credit) < source.indexOf(QUESTION),
                    source);
            String introduction = source.substring(afterPassages, source.indexOf(credit)).strip();
            assertFalse(introduction.isEmpty() || plain.contains(introduction), plain);
        }
    }

    @Test
    void theAnswerTemplatesShowThePreviousTurnOnlyToAFollowUpAndItsQuestionAloneWhenNoAnswerWasKept() {
        PromptTemplates prompts = PromptTemplates.load(Path.of("prompts"), ENGINE);
        String credit = "@@credit@@";
        String previous = "@@previous@@";
        String shown = "@@shown answer@@";
        for (Prompt answer : new Prompt[] {Prompt.ANSWER_EN, Prompt.ANSWER_AR}) {
            String first = answer(prompts, answer, credit, "", "");
            String followUp = answer(prompts, answer, credit, previous, shown);
            assertFalse(first.contains("\n\n\n"), "no gap is left where the previous turn would stand: " + first);
            int afterCredits = followUp.indexOf(credit) + credit.length();
            assertTrue(afterCredits < followUp.indexOf(previous) && followUp.indexOf(previous) < followUp.indexOf(shown)
                    && followUp.indexOf(shown) < followUp.indexOf(QUESTION), followUp);
            String introduction = followUp.substring(afterCredits, followUp.indexOf(previous)).strip();
            assertFalse(introduction.isEmpty() || first.contains(introduction), first);
            // No answer kept: the previous question alone, introduced as one whose answer is not known.
            String asked = answer(prompts, answer, credit, previous, "");
            assertFalse(asked.contains("\n\n\n"), "no gap is left where the answer would stand: " + asked);
            assertTrue(afterCredits < asked.indexOf(previous) && asked.indexOf(previous) < asked.indexOf(QUESTION),
                    asked);
            String askedIntroduction = asked.substring(afterCredits, asked.indexOf(previous)).strip();
            assertFalse(askedIntroduction.isEmpty() || followUp.contains(askedIntroduction), asked);
            String answerLabel = followUp.substring(followUp.indexOf(previous) + previous.length(),
                    followUp.indexOf(shown)).strip();
            assertFalse(asked.contains(answerLabel), asked);
        }
    }

    /** An answer template filled as the service fills it, with stand-ins for the passages and the question. */
    private static String answer(PromptTemplates prompts, Prompt answer, String credits, String earlierQuestion,
            String earlierAnswer) {
        return prompts.render(answer, Map.of("passages", PASSAGES, "credits", credits,
                "earlierQuestion", earlierQuestion, "earlierAnswer", earlierAnswer, "question", QUESTION));
    }

    @Test
    void theRewriteTemplateShowsTheAnswerGivenOnlyWhenTheConversationKeptOne() {
        PromptTemplates prompts = PromptTemplates.load(Path.of("prompts"), ENGINE);
        String lone = prompts.render(Prompt.REWRITE, Map.of("history", "@@history@@", "answer", "",
                "question", "@@question@@"));
        String kept = prompts.render(Prompt.REWRITE, Map.of("history", "@@history@@", "answer", "@@answer@@",
                "question", "@@question@@"));
        assertFalse(lone.contains("\n\n\n"), lone);
        assertTrue(kept.indexOf("@@history@@") < kept.indexOf("@@answer@@")
                && kept.indexOf("@@answer@@") < kept.indexOf("@@question@@"), kept);
        String introduction = kept.substring(kept.indexOf("@@history@@") + 11, kept.indexOf("@@answer@@")).strip();
        assertFalse(introduction.isEmpty() || lone.contains(introduction), lone);
    }

    @Test
    void bothSystemPromptsExplainTheAppendedStoryMark() {
        PromptTemplates prompts = PromptTemplates.load(Path.of("prompts"), ENGINE);
        for (Prompt system : new Prompt[] {Prompt.SYSTEM_EN, Prompt.SYSTEM_AR}) {
            assertTrue(prompts.render(system, Map.of()).contains(LlmAnswerer.APPENDED), system.file());
        }
    }
}
