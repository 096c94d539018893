package io.isnad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * How an answer reads: the short answer first, one sentence per line, sources grouped by article,
 * and the timing folded away. The service's real answer is reshaped in the page (the answer stage
 * decides when there is a short answer; this tests how the page shows one).
 */
@QuarkusTest
@TestProfile(WebTestProfile.class)
class AnswerLayoutBrowserTest extends BrowserTestBase {

    /**
     * Answers the chat request through the real /api/ask, then lets {@code window.__reshape}
     * rewrite the answer before the page sees it.
     */
    private static final String RESHAPED_CHAT = """
            const realFetch = window.fetch.bind(window);
            window.fetch = async (url, init = {}) => {
              if (!String(url).endsWith('/api/chat/stream')) return realFetch(url, init);
              const question = JSON.parse(init.body).message;
              const reply = await realFetch('/api/ask', { method: 'POST',
                headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) });
              const answer = await window.__reshape(await reply.json());
              return new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } });
            };""";

    /** A short answer cut from the first citation: its second and third words, with exact offsets. */
    private static final String WITH_SHORT_ANSWER = """
            window.__reshape = async (answer) => {
              const c = answer.citations[0];
              const words = [...c.quote.matchAll(/\\S+/g)].slice(1, 3);
              const from = words[0].index;
              const to = words[1].index + words[1][0].length;
              answer.shortAnswer = { text: c.quote.slice(from, to), file: c.file,
                start: c.start + from, end: c.start + to, rendered: window.__rendered ?? null };
              return answer;
            };""";

    /**
     * Two whole sentences of the same article as citations [1] and [2] (the first citation's sentence
     * whole, even where the answer quotes its clauses), so the answer has two lines and one group.
     */
    private static final String TWO_SENTENCES_OF_ONE_ARTICLE = """
            window.__reshape = async (answer) => {
              const c = answer.citations[0];
              const article = await (await fetch('/api/articles/' + encodeURIComponent(c.file))).json();
              const lead = article.sentences.find((s) => s.start <= c.start && c.start < s.end);
              const other = article.sentences.find((s) => s !== lead && s.end - s.start > 30);
              const leadQuote = article.text.slice(lead.start, lead.end);
              const quote = article.text.slice(other.start, other.end);
              answer.citations = [{ ...c, n: 1, quote: leadQuote, start: lead.start, end: lead.end },
                { ...c, n: 2, quote, start: other.start, end: other.end }];
              answer.answer = leadQuote.replace(/\\s*$/, '') + ' [1] ' + quote.replace(/\\s*$/, '') + ' [2]';
              return answer;
            };""";

    /** The lead sentence quoted in two parts, the clauses between them left out, each part its own citation. */
    private static final String TWO_PARTS_OF_ONE_SENTENCE = """
            window.__reshape = async (answer) => {
              const c = answer.citations[0];
              const cutAt = c.quote.indexOf(' ', Math.floor(c.quote.length / 3));
              const resumeAt = c.quote.indexOf(' ', Math.floor(2 * c.quote.length / 3)) + 1;
              const first = c.quote.slice(0, cutAt);
              const second = c.quote.slice(resumeAt).replace(/\\s*$/, '');
              answer.citations = [{ ...c, n: 1, quote: first, end: c.start + cutAt },
                { ...c, n: 2, quote: second, start: c.start + resumeAt, end: c.start + resumeAt + second.length }];
              answer.answer = first + ' … [1] …' + second + ' [2]';
              return answer;
            };""";

    @Test
    void aSentenceQuotedInTwoPartsStaysOneLineWithTwoChips() {
        browser.script(RESHAPED_CHAT + TWO_PARTS_OF_ONE_SENTENCE);
        WebElement answer = ask(SPOKESMAN_QUESTION);

        List<WebElement> lines = answer.findElements(By.cssSelector(".answer .answer-line"));
        assertEquals(1, lines.size(), answer::getText);
        List<WebElement> chips = lines.get(0).findElements(By.className("cite"));
        assertEquals(List.of("1", "2"), chips.stream().map(c -> c.getDomAttribute("data-cite")).toList());
        assertFalse(chips.get(0).getDomAttribute("href").equals(chips.get(1).getDomAttribute("href")),
                "each part opens the article at its own span");
        List<WebElement> groups = answer.findElements(By.cssSelector(".sources .source-group"));
        assertEquals(1, groups.size());
        assertEquals(2, groups.get(0).findElements(By.cssSelector("a.source")).size());
    }

    @Test
    void theShortAnswerComesFirstAndOpensTheArticleAtItsSpan() {
        browser.script(RESHAPED_CHAT + WITH_SHORT_ANSWER + "window.__rendered = 'Spokesman (test rendering)';");
        WebElement answer = ask("Who is the spokesman of the Iranian foreign ministry?");

        WebElement shortAnswer = answer.findElement(By.className("short-answer"));
        assertEquals(Boolean.TRUE, browser.script(
                "return !!(arguments[0].compareDocumentPosition(arguments[1]) & Node.DOCUMENT_POSITION_FOLLOWING)",
                shortAnswer, answer.findElement(By.className("answer"))), "the short answer comes before the sentence");
        WebElement rendered = shortAnswer.findElement(By.className("short-answer-text"));
        WebElement original = shortAnswer.findElement(By.className("short-answer-original"));
        assertEquals("Spokesman (test rendering)", rendered.getText());
        assertEquals("en", rendered.getDomAttribute("lang"));
        assertEquals("ar", original.getDomAttribute("lang"), "the Arabic span stays beside its rendering");
        String span = original.getText();
        assertFalse(span.isBlank());
        browser.screenshot("desktop-short-answer");

        shortAnswer.findElement(By.className("short-answer-link")).click();
        WebElement mark = browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#panel-body mark")));
        assertEquals(span, mark.getDomProperty("textContent"), "the article opens with the short answer highlighted");

        browser.driver.get(page.toString());
        waitForPage();
        browser.script(RESHAPED_CHAT + WITH_SHORT_ANSWER);
        answer = ask(SPOKESMAN_QUESTION);
        shortAnswer = answer.findElement(By.className("short-answer"));
        assertTrue(shortAnswer.findElements(By.className("short-answer-original")).isEmpty(),
                "an Arabic question's short answer is the span alone");
        assertEquals("ar", shortAnswer.findElement(By.className("short-answer-text")).getDomAttribute("lang"));
    }

    @Test
    void oneSentencePerLineAndOneGroupPerArticle() {
        browser.script(RESHAPED_CHAT + TWO_SENTENCES_OF_ONE_ARTICLE);
        WebElement answer = ask(SPOKESMAN_QUESTION);

        List<WebElement> lines = answer.findElements(By.cssSelector(".answer .answer-line"));
        assertEquals(2, lines.size(), answer::getText);
        for (int i = 0; i < lines.size(); i++) {
            List<WebElement> chips = lines.get(i).findElements(By.className("cite"));
            assertEquals(1, chips.size(), "each sentence keeps its own chip");
            assertEquals(String.valueOf(i + 1), chips.get(0).getDomAttribute("data-cite"));
        }
        assertTrue(lines.get(1).getRect().getY() >= lines.get(0).getRect().getY() + lines.get(0).getRect().getHeight(),
                "the second sentence starts on a line of its own");

        List<WebElement> groups = answer.findElements(By.cssSelector(".sources .source-group"));
        assertEquals(1, groups.size(), "two quotes from one article sit under one headline");
        assertEquals(1, groups.get(0).findElements(By.className("source-title")).size());
        assertEquals(2, groups.get(0).findElements(By.cssSelector("a.source")).size());

        WebElement details = answer.findElement(By.className("msg-details"));
        WebElement timing = details.findElement(By.className("timing"));
        assertFalse(timing.isDisplayed(), "the timing is folded away");
        details.findElement(By.tagName("summary")).click();
        assertTrue(timing.isDisplayed());
        assertTrue(timing.getText().matches("Answered in \\d+ ms"), timing.getText());
        browser.screenshot("desktop-answer-lines");

        // A new conversation asking the same question gets the kept answer, and says so.
        browser.driver.get(page.toString());
        waitForPage();
        browser.script(RESHAPED_CHAT + TWO_SENTENCES_OF_ONE_ARTICLE);
        WebElement again = ask(SPOKESMAN_QUESTION);
        WebElement againDetails = again.findElement(By.className("msg-details"));
        againDetails.findElement(By.tagName("summary")).click();
        assertTrue(againDetails.findElement(By.className("cached")).getText().startsWith("The same answer"));
    }
}
