package io.isnad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * 👍/👎 under every answer, from the keyboard, against the service's own {@code POST /api/feedback}.
 */
@QuarkusTest
@TestProfile(WebTestProfile.class)
class ChatPageFeedbackBrowserTest extends BrowserTestBase {

    /**
     * Records every feedback request the page sends and passes it on to the service; with
     * {@code __failFeedback} set, the next one fails as an unavailable service would.
     */
    private static final String FEEDBACK_SPY = """
            const realFetch = window.fetch.bind(window);
            window.__feedback = [];
            window.__failFeedback = false;
            window.fetch = async (url, init = {}) => {
              if (!String(url).endsWith('/api/feedback')) return realFetch(url, init);
              window.__feedback.push(JSON.parse(init.body));
              if (window.__failFeedback) {
                window.__failFeedback = false;
                return new Response(JSON.stringify({ error: 'unavailable', message: 'The feedback store is busy.' }),
                  { status: 503, headers: { 'Content-Type': 'application/json' } });
              }
              return realFetch(url, init);
            };""";

    @Test
    void ratingFromTheKeyboardSendsTheQuestionAnswerAndCitations() {
        browser.script(FEEDBACK_SPY);
        WebElement answer = ask(SPOKESMAN_QUESTION);
        WebElement up = answer.findElement(By.cssSelector(".feedback button[data-rating='up']"));
        WebElement down = answer.findElement(By.cssSelector(".feedback button[data-rating='down']"));
        assertEquals("Helpful", up.getDomAttribute("aria-label"));
        assertEquals("Not helpful", down.getDomAttribute("aria-label"));
        assertEquals("false", up.getDomAttribute("aria-pressed"));

        WebElement copy = answer.findElement(By.cssSelector(".msg-actions > button"));
        browser.script("arguments[0].focus()", copy);
        copy.sendKeys(Keys.TAB);
        assertEquals(Boolean.TRUE, browser.script("return document.activeElement === arguments[0]", up),
                "👍 comes next in the tab order");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);

        WebElement feedback = answer.findElement(By.className("feedback"));
        browser.waiting(10).until(d -> !"sending".equals(feedback.getDomAttribute("data-state")));
        assertEquals("sent", feedback.getDomAttribute("data-state"), feedback::getText);
        assertEquals("true", up.getDomAttribute("aria-pressed"));
        assertEquals("false", down.getDomAttribute("aria-pressed"));
        WebElement status = feedback.findElement(By.className("feedback-status"));
        assertEquals("status", status.getDomAttribute("role"), "the result is announced");
        assertTrue(status.getText().startsWith("Thank you"), status.getText());

        List<?> sent = (List<?>) browser.script("return window.__feedback");
        assertEquals(1, sent.size());
        Map<?, ?> body = (Map<?, ?>) sent.get(0);
        assertEquals("up", body.get("rating"));
        assertEquals(SPOKESMAN_QUESTION, body.get("question"));
        String answerText = (String) body.get("answer");
        assertTrue(answerText.contains("[1]"), "the answer as the service gave it: " + answerText);
        assertTrue(body.get("conversationId") instanceof String id && !id.isBlank(),
                "the conversation the answer belongs to: " + body);
        List<?> citations = (List<?>) body.get("citations");
        List<WebElement> sources = answer.findElements(By.cssSelector(".sources a.source"));
        assertEquals(sources.size(), citations.size());
        Map<?, ?> first = (Map<?, ?>) citations.get(0);
        assertEquals(sources.get(0).getDomAttribute("data-file"), first.get("file"));
        assertTrue(sources.get(0).getDomAttribute("href")
                .endsWith("?mark=" + first.get("start") + "-" + first.get("end")), "the cited span, exactly");
        assertEquals(3, first.size(), "a citation is sent as {file, start, end}");

        up.sendKeys(Keys.SPACE);
        assertEquals(1, ((List<?>) browser.script("return window.__feedback")).size(),
                "pressing the chosen rating again sends nothing");
        browser.screenshot("desktop-feedback-sent");
    }

    @Test
    void aFailedRatingSaysSoAndCanBeSentAgain() {
        browser.script(FEEDBACK_SPY + "window.__failFeedback = true;");
        WebElement answer = ask(SPOKESMAN_QUESTION);
        WebElement down = answer.findElement(By.cssSelector(".feedback button[data-rating='down']"));
        WebElement feedback = answer.findElement(By.className("feedback"));

        down.click();
        browser.waiting(10).until(d -> "error".equals(feedback.getDomAttribute("data-state")));
        String error = feedback.findElement(By.className("feedback-status")).getText();
        assertTrue(error.contains("not recorded") && error.contains("The feedback store is busy."), error);
        assertEquals("false", down.getDomAttribute("aria-pressed"), "a rating that was not recorded is not shown as chosen");

        down.sendKeys(Keys.ENTER);
        browser.waiting(10).until(d -> "sent".equals(feedback.getDomAttribute("data-state")));
        assertEquals("true", down.getDomAttribute("aria-pressed"));
        List<?> sent = (List<?>) browser.script("return window.__feedback");
        assertEquals(2, sent.size());
        assertEquals("down", ((Map<?, ?>) sent.get(1)).get("rating"));
        assertFalse(feedback.getText().contains("not recorded"), "the error is gone once it worked");
    }
}
