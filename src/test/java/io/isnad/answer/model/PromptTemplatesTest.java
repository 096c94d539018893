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

    @Test
    void articleTextThatLooksLikeAPlaceholderStaysLiteral() {
        PromptTemplates prompts = PromptTemplates.load(Path.of("prompts"), ENGINE);
        String passages = "<passage n=\"1\">The article says {{question}} and {question} and {x} and {#if}.</passage>";
        String rendered = prompts.render(Prompt.ANSWER_EN, Map.of("passages", passages, "credits", "",
                "question", "Who won?"));
        assertTrue(rendered.contains(passages), rendered);
        assertEquals(1, rendered.split("Who won\\?", -1).length - 1, rendered);
    }

    @Test
    void aQuestionWithBracesIsInsertedAsIs() {
        PromptTemplates prompts = PromptTemplates.load(Path.of("prompts"), ENGINE);
        String rendered = prompts.render(Prompt.REWRITE, Map.of("history", "{question}", "question", "{history}?"));
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
        String passages = "@@passages@@";
        String question = "@@question@@";
        String credit = "<passage n=\"6\" file=\"a.txt\" title=\"t\">\nالمصدر: وكالة\n</passage>";
        for (Prompt answer : new Prompt[] {Prompt.ANSWER_EN, Prompt.ANSWER_AR}) {
            String plain = prompts.render(answer, Map.of("passages", passages, "credits", "", "question", question));
            String source = prompts.render(answer, Map.of("passages", passages, "credits", credit,
                    "question", question));
            assertFalse(plain.contains("\n\n\n"), "no gap is left where the credit lines would stand: " + plain);
            int afterPassages = source.indexOf(passages) + passages.length();
            assertTrue(afterPassages < source.indexOf(credit) && source.indexOf(credit) < source.indexOf(question),
                    source);
            String introduction = source.substring(afterPassages, source.indexOf(credit)).strip();
            assertFalse(introduction.isEmpty() || plain.contains(introduction), plain);
        }
    }

    @Test
    void bothSystemPromptsExplainTheAppendedStoryMark() {
        PromptTemplates prompts = PromptTemplates.load(Path.of("prompts"), ENGINE);
        for (Prompt system : new Prompt[] {Prompt.SYSTEM_EN, Prompt.SYSTEM_AR}) {
            assertTrue(prompts.render(system, Map.of()).contains(LlmAnswerer.APPENDED), system.file());
        }
    }
}
