package io.isnad.slack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;

import io.isnad.answer.Answer;
import io.isnad.answer.Citation;
import io.isnad.answer.PassageView;
import io.isnad.answer.ShortAnswer;
import io.isnad.answer.Timings;
import io.isnad.slack.render.AnswerRenderer.Button;

class AnswerRendererTest {

    private static final String FILE = "003_bda4f0888d9a15f7.txt";
    private static final String HEADLINE = "التقى وزير الخارجية الإيراني عباس عراقجي الرئيس السوري بشار الأسد في دمشق";
    private static final String QUOTE = "وقال المتحدث باسم وزارة الخارجية الإيرانية إسماعيل بقائي إن عراقجي سيزور أنقرة.";
    private final AnswerRenderer renderer = new AnswerRenderer(Optional.of("https://isnad.example.org/"));

    @Test
    void escapesArticleTextSoItCannotPingOrForgeLinks() {
        Citation hostile = new Citation(1, FILE, "عنوان <!channel> & <https://evil.example|اضغط>", "نص <!here> و <@U123> & <#C1>",
                10, 40, 1.0, "main");
        List<SlackMessage> messages = renderer.answer(answer("ar", "جملة <!everyone> & أخرى [1]", List.of(hostile), null),
                "a1", EnumSet.of(Button.FEEDBACK));
        String all = mrkdwn(messages) + messages.stream().map(SlackMessage::text).collect(Collectors.joining());
        for (String ping : List.of("<!channel>", "<!here>", "<!everyone>", "<@U123>", "<#C1>", "<https://evil")) {
            assertFalse(all.contains(ping), ping + " must be escaped: " + all);
        }
        assertTrue(all.contains("&lt;!channel&gt; &amp; &lt;https://evil.example|اضغط&gt;"), all);
        assertTrue(all.contains("جملة &lt;!everyone&gt; &amp; أخرى [1]"), all);
    }

    @Test
    void arabicSourceLinesLeadWithTheHeadlineAndKeepTheEnglishFileNameInACodeSpan() {
        Citation c = new Citation(1, FILE, HEADLINE, QUOTE, 1471, 1588, 0.8, "main");
        String text = mrkdwn(renderer.answer(answer("en", QUOTE + " [1]", List.of(c), null), "a1", EnumSet.noneOf(Button.class)));
        String sourceLine = text.lines().filter(l -> l.contains(FILE)).findFirst().orElseThrow();
        assertEquals("<https://isnad.example.org/#/articles/" + FILE + "?mark=1471-1588|" + HEADLINE + "> · `" + FILE + "` [1]",
                sourceLine);
        assertTrue(text.contains("\n> " + QUOTE), text);
        assertTrue(text.contains("*Sources*"), "an English question gets English labels: " + text);
    }

    @Test
    void withoutAPublicUrlSourcesArePlainText() {
        Citation c = new Citation(1, FILE, HEADLINE, QUOTE, 0, 10, 0.8, "main");
        String text = mrkdwn(new AnswerRenderer(Optional.empty()).answer(answer("ar", QUOTE + " [1]", List.of(c), null), "a1",
                EnumSet.noneOf(Button.class)));
        assertFalse(text.contains("<http"), text);
        assertTrue(text.contains(HEADLINE + " · `" + FILE + "` [1]"), text);
        assertTrue(text.contains("*المصادر*"), "an Arabic question gets Arabic labels: " + text);
    }

    @Test
    void theShortAnswerComesFirstPreferringItsRenderedForm() {
        ShortAnswer shortAnswer = new ShortAnswer("١ ديسمبر", FILE, 5, 13, "1 December");
        Citation c = new Citation(1, FILE, HEADLINE, QUOTE, 0, 10, 0.8, "main");
        List<LayoutBlock> blocks = renderer.answer(answer("en", QUOTE + " [1]", List.of(c), shortAnswer), "a1",
                EnumSet.noneOf(Button.class)).get(0).blocks();
        assertEquals("*1 December*", ((SectionBlock) blocks.get(0)).getText().getText());
    }

    @Test
    void anAbstentionReadsAsOneInTheQuestionsLanguage() {
        String arabic = mrkdwn(renderer.answer(abstention("ar", "لا تجيب المقالات المتوفرة عن هذا السؤال."), "a1",
                EnumSet.of(Button.FEEDBACK)));
        assertTrue(arabic.startsWith("*ليس في المقالات*\nلا تجيب المقالات"), arabic);
        String english = mrkdwn(renderer.answer(abstention("en", "The articles do not answer this question."), "a1",
                EnumSet.of(Button.FEEDBACK)));
        assertTrue(english.startsWith("*Not in the articles*\nThe articles do not answer"), english);
    }

    @Test
    void longAnswersAreSplitIntoSectionsAndMessagesWithinSlacksLimits() {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sentences.add("جملة رقم " + i + " " + "كلمة ".repeat(180).strip() + ". [1]");
        }
        String text = String.join(" ", sentences);
        Citation c = new Citation(1, FILE, HEADLINE, QUOTE, 0, 10, 0.8, "main");
        List<SlackMessage> messages = renderer.answer(answer("ar", text, List.of(c), null), "a1",
                EnumSet.of(Button.FEEDBACK));
        assertTrue(messages.size() >= 2, "over 50 blocks need several messages: " + messages.size());
        for (SlackMessage m : messages) {
            assertTrue(m.blocks().size() <= AnswerRenderer.MAX_BLOCKS);
            assertFalse(m.text().isBlank());
            assertTrue(m.text().length() <= AnswerRenderer.MAX_SECTION_CHARS);
            for (LayoutBlock b : m.blocks()) {
                if (b instanceof SectionBlock s) {
                    assertTrue(s.getText().getText().length() <= AnswerRenderer.MAX_SECTION_CHARS);
                }
            }
        }
        String all = mrkdwn(messages);
        for (int i = 0; i < 200; i++) {
            assertTrue(all.contains("جملة رقم " + i + " "), "sentence " + i + " kept");
        }
        assertTrue(messages.getLast().blocks().getLast() instanceof ActionsBlock, "buttons under the last part");
        assertTrue(messages.subList(0, messages.size() - 1).stream()
                .noneMatch(m -> m.blocks().stream().anyMatch(ActionsBlock.class::isInstance)));
    }

    @Test
    void aSentenceLongerThanASectionIsCutWithoutLosingText() {
        String word = "أ".repeat(7000);
        List<LayoutBlock> blocks = AnswerRenderer.sections(List.of(word));
        assertEquals(3, blocks.size());
        assertEquals(word, blocks.stream().map(b -> ((SectionBlock) b).getText().getText()).collect(Collectors.joining()));
    }

    @Test
    void theFallbackTextCarriesTheAnswer() {
        Citation c = new Citation(1, FILE, HEADLINE, QUOTE, 0, 10, 0.8, "main");
        SlackMessage message = renderer.answer(answer("ar", QUOTE + " [1]", List.of(c), null), "a1",
                EnumSet.of(Button.FEEDBACK)).get(0);
        assertTrue(message.text().startsWith(QUOTE + " [1]"), message.text());
        assertTrue(message.text().contains(FILE), message.text());
    }

    @Test
    void buttonsCarryTheAnswerIdAndAllSourcesOnlyWhenThereIsMoreToShow() {
        Citation c = new Citation(1, FILE, HEADLINE, QUOTE, 0, 10, 0.8, "main");
        PassageView other = new PassageView("004_x.txt", "عنوان آخر", 0, 300, 0.5, "main");
        List<String> withMore = actionIds(renderer.answer(answer("ar", QUOTE + " [1]", List.of(c), null, List.of(other)),
                "id-7", EnumSet.allOf(Button.class)));
        assertEquals(List.of(SlackActions.FEEDBACK_UP, SlackActions.FEEDBACK_DOWN, SlackActions.ALL_SOURCES,
                SlackActions.SHARE), withMore);
        List<String> nothingMore = actionIds(renderer.answer(answer("ar", QUOTE + " [1]", List.of(c), null), "id-7",
                EnumSet.allOf(Button.class)));
        assertFalse(nothingMore.contains(SlackActions.ALL_SOURCES));
        String sources = mrkdwn(renderer.allSources(answer("ar", QUOTE + " [1]", List.of(c), null, List.of(other))));
        assertTrue(sources.contains("`004_x.txt`") && sources.contains("mark=0-300"), sources);
    }

    private static List<String> actionIds(List<SlackMessage> messages) {
        ActionsBlock actions = (ActionsBlock) messages.getLast().blocks().getLast();
        actions.getElements().forEach(e -> assertEquals("id-7", ((ButtonElement) e).getValue()));
        return actions.getElements().stream().map(e -> ((ButtonElement) e).getActionId()).toList();
    }

    static String mrkdwn(List<SlackMessage> messages) {
        return messages.stream().flatMap(m -> m.blocks().stream()).filter(SectionBlock.class::isInstance)
                .map(b -> ((SectionBlock) b).getText().getText()).collect(Collectors.joining("\n"));
    }

    private static Answer answer(String language, String text, List<Citation> citations, ShortAnswer shortAnswer) {
        return answer(language, text, citations, shortAnswer, List.of());
    }

    private static Answer answer(String language, String text, List<Citation> citations, ShortAnswer shortAnswer,
            List<PassageView> passages) {
        return new Answer("q", text, false, language, "ar", citations, passages, new Timings(1, 2), "extractive", false,
                null, List.of(), null, "other", shortAnswer);
    }

    private static Answer abstention(String language, String text) {
        return new Answer("q", text, true, language, language, List.of(), List.of(), new Timings(1, 2), "extractive",
                false, null, List.of(), null, "other", null);
    }
}
