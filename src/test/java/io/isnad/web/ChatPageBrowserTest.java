package io.isnad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The chat page in a real browser against the running service. */
@QuarkusTest
@TestProfile(WebTestProfile.class)
class ChatPageBrowserTest extends BrowserTestBase {

    private static final String UNANSWERABLE_QUESTION = "من فاز بكأس العالم لكرة القدم عام 2022؟";
    private static final String UNANSWERABLE_ENGLISH_QUESTION = "Who won the 2022 FIFA World Cup?";
    private static final String MARKUP_QUESTION = "ماذا أعلنت الهيئة التجريبية عن الوسم؟";

    @Test
    void arabicAnswerCitesSourcesAndOpensTheArticleAtTheQuotedSentence() {
        WebElement answer = ask(SPOKESMAN_QUESTION);

        assertEquals("false", answer.getDomAttribute("data-abstained"));
        WebElement chip = answer.findElement(By.cssSelector(".answer a.cite[data-cite='1']"));
        WebElement source = answer.findElement(By.cssSelector(".sources a.source[data-cite='1']"));
        String quote = source.findElement(By.className("source-quote")).getDomProperty("textContent");
        String title = source.findElement(By.xpath("ancestor::li[contains(@class, 'source-group')]"))
                .findElement(By.className("source-title")).getDomProperty("textContent");
        assertFalse(quote.isBlank());
        assertEquals("rtl", browser.script("return getComputedStyle(arguments[0]).direction",
                answer.findElement(By.className("answer"))), "Arabic answers are laid out right to left");

        chip.click();
        WebElement mark = browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#panel-body mark")));
        assertEquals(quote, mark.getDomProperty("textContent"), "the highlighted sentence is the cited quote");
        assertEquals(title, browser.driver.findElement(By.id("panel-title")).getText());
        assertTrue(browser.driver.getCurrentUrl().contains("#/articles/"), "the article view has its own URL");
        assertEquals(Boolean.TRUE, browser.script("""
                const mark = arguments[0].getBoundingClientRect();
                const body = document.getElementById('panel-body').getBoundingClientRect();
                return mark.top >= body.top && mark.top < body.bottom;""", mark), "the quote is scrolled into view");
        browser.screenshot("desktop-answer-with-article");

        // The probe proves the console is captured, so an empty list below means something.
        browser.script("console.error('isnad-console-probe')");
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.stream().anyMatch(m -> m.contains("isnad-console-probe")), errors::toString);
        assertEquals(List.of(), errors.stream()
                .filter(m -> !m.contains("isnad-console-probe") && !m.contains("/api/chat/stream"))
                .toList(), "no script errors or policy violations");
    }

    @Test
    void citationsWorkFromTheKeyboardAndEscapeReturnsToTheAnswer() {
        WebElement answer = ask(SPOKESMAN_QUESTION);
        WebElement chip = answer.findElement(By.cssSelector(".answer a.cite[data-cite='1']"));

        browser.script("arguments[0].focus()", chip);
        chip.sendKeys(Keys.ENTER);
        browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#panel-body mark")));
        assertEquals("MARK", browser.script("return document.activeElement.tagName"),
                "focus moves to the quoted sentence");

        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waiting(5).until(d -> !d.findElement(By.id("panel")).isDisplayed());
        assertEquals(Boolean.TRUE, browser.script("return document.activeElement === arguments[0]", chip),
                "closing the article returns focus to the chip that opened it");
    }

    @Test
    void unanswerableQuestionLooksLikeAnAbstentionLabelledInItsLanguage() {
        assertEquals("en/ltr", pageLanguage());
        WebElement answer = ask(UNANSWERABLE_QUESTION);

        assertEquals("true", answer.getDomAttribute("data-abstained"));
        assertTrue(answer.getDomAttribute("class").contains("msg-abstained"));
        assertTrue(answer.findElements(By.cssSelector("[data-cite]")).isEmpty(), "an abstention cites nothing");
        WebElement label = answer.findElement(By.className("abstained-label"));
        assertTrue(label.getDomProperty("textContent").endsWith("غير موجود في المقالات"),
                "an Arabic abstention is labelled in Arabic on the English page: " + label.getText());
        assertEquals("ar", label.getDomAttribute("lang"));
        assertEquals("rtl", browser.script("return getComputedStyle(arguments[0]).direction", label));
        String border = (String) browser.script("return getComputedStyle(arguments[0]).borderTopStyle", answer);
        assertEquals("dashed", border, "abstentions do not look like answers");
        assertTrue(contrast(label) >= 4.5, () -> "the label is readable (WCAG AA): " + contrast(label));
        browser.screenshot("desktop-abstention");

        WebElement english = ask(UNANSWERABLE_ENGLISH_QUESTION);
        assertEquals("true", english.getDomAttribute("data-abstained"));
        assertTrue(english.findElement(By.className("abstained-label")).getDomProperty("textContent")
                .endsWith("Not in the articles"));
    }

    @Test
    void markupInArticlesAndAnswersIsShownAsTextAndNeverRuns() {
        browser.driver.get(page + "#/articles/" + ArticleFolderResource.MARKUP_FIXTURE);
        WebElement body = browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#panel-body .article-text")));
        String title = browser.driver.findElement(By.id("panel-title")).getText();
        assertTrue(title.startsWith("<img src=x onerror="), "the headline's markup is shown literally: " + title);
        String text = body.getDomProperty("textContent");
        assertTrue(text.contains("<script>window.__isnadPwned='script'</script>"), text);
        assertTrue(text.contains("<a href=\"javascript:window.__isnadPwned='link'\">"), text);
        assertTrue(browser.driver.findElements(By.cssSelector("#panel img, #panel script, #panel-body a[href^='javascript']"))
                .isEmpty(), "no element was made from article text");
        browser.screenshot("desktop-markup-article");

        browser.driver.get(page.toString());
        WebElement answer = ask(MARKUP_QUESTION);
        String quote = answer.findElement(By.className("source-quote")).getDomProperty("textContent");
        assertTrue(quote.contains("<script>"), "the cited quote keeps its markup as text: " + quote);
        assertTrue(browser.driver.findElements(By.cssSelector("#thread img, #thread script")).isEmpty());

        assertNull(browser.script("return window.__isnadPwned ?? null"), "no script from an article ran");
    }

    @Test
    void articleBrowserListsArticlesAndOpensOneByUrl() {
        browser.driver.findElement(By.id("articles-link")).click();
        List<WebElement> items = browser.waiting(10).until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#panel .article-list a"), 5));
        assertEquals(7, items.size(), "five seeds and the two fixtures");
        assertTrue(items.stream().anyMatch(i -> i.getText().contains(ArticleFolderResource.MARKUP_FIXTURE)));
        browser.screenshot("desktop-articles");

        browser.driver.get(page + "?article=004_a7545c0d5a910ec1.txt");
        WebElement appendix = browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#panel-body .appendix")));
        assertTrue(appendix.getDomProperty("textContent").startsWith("Appended story"),
                "the story after 'read also' is set apart");
        assertTrue(browser.driver.getCurrentUrl().endsWith("#/articles/004_a7545c0d5a910ec1.txt"));
    }

    @Test
    void shiftEnterAddsALineAndEnterSends() {
        WebElement input = browser.driver.findElement(By.id("composer-input"));
        input.sendKeys("من هو المتحدث", Keys.chord(Keys.SHIFT, Keys.ENTER), "باسم الخارجية؟");
        assertEquals("من هو المتحدث\nباسم الخارجية؟", input.getDomProperty("value"));
        assertTrue(browser.driver.findElements(By.cssSelector("#thread .msg")).isEmpty(), "nothing sent yet");

        input.sendKeys(Keys.ENTER);
        waitForAnswer();
        assertEquals("", input.getDomProperty("value"));
        assertEquals("من هو المتحدث\nباسم الخارجية؟",
                browser.driver.findElement(By.cssSelector("#thread .msg-user .msg-text")).getDomProperty("textContent"));
    }

    @Test
    void sendingWithTheButtonLeavesTheFocusInTheQuestionBox() {
        browser.driver.findElement(By.id("composer-input")).sendKeys(SPOKESMAN_QUESTION);
        browser.driver.findElement(By.id("send")).click();
        waitForAnswer();
        assertEquals("composer-input", browser.script("return document.activeElement.id"),
                "the next question can be typed at once, not lost on the page's body");
    }

    @Test
    void aStoppedBusyOrStartingServiceIsToldInThePageLanguageWithWhatToDo() {
        switchLanguageTo("ar");
        browser.script("window.fetch = () => Promise.reject(new TypeError('Failed to fetch'))");
        String stopped = askAndFail(SPOKESMAN_QUESTION);
        assertTrue(stopped.contains("تعذّر الوصول إلى الخدمة"), stopped);
        assertFalse(stopped.contains("Failed to fetch"), "not the browser's own words");

        browser.script("window.fetch = () => Promise.resolve(new Response('<html>busy</html>', {status: 429,"
                + " statusText: 'Too Many Requests', headers: {'Retry-After': '30', 'Content-Type': 'text/html'}}))");
        String busy = askAndFail(SPOKESMAN_QUESTION);
        assertTrue(busy.contains("مشغولة") && busy.contains("30"), busy);

        browser.script("window.fetch = () => Promise.resolve(new Response(JSON.stringify({error: 'not_ready',"
                + " message: 'The index is still being built.'}), {status: 503,"
                + " headers: {'Content-Type': 'application/json'}}))");
        String starting = askAndFail(SPOKESMAN_QUESTION);
        assertTrue(starting.contains("ليست جاهزة"), starting);
        assertFalse(starting.contains("The index"), "not the service's English message");
    }

    @Test
    void theServicesOwnRefusalIsShownInThePageLanguage() {
        switchLanguageTo("ar");
        // The request as the page sends it (its headers and fields), its question blanked: the service refuses it.
        browser.script("const realFetch = window.fetch.bind(window); window.fetch = (url, init = {}) => {"
                + " const body = JSON.parse(init.body);"
                + " for (const field of ['message', 'question']) { if (field in body) body[field] = ' '; }"
                + " return realFetch(url, Object.assign({}, init, {body: JSON.stringify(body)})); }");
        String refused = askAndFail(SPOKESMAN_QUESTION);
        assertTrue(refused.contains("السؤال مطلوب"), refused);
        assertFalse(refused.contains("required"), "not the service's English");
    }

    @Test
    void tryingAgainReplacesTheFailedQuestionAndAnswer() {
        browser.script("window.__realFetch = window.fetch;"
                + " window.fetch = () => Promise.reject(new TypeError('Failed to fetch'))");
        askAndFail(SPOKESMAN_QUESTION);
        browser.script("window.fetch = window.__realFetch");
        lastAnswer().findElement(By.cssSelector(".msg-actions button")).click();
        WebElement answer = waitForAnswer();
        assertEquals(1, browser.driver.findElements(By.cssSelector("#thread .msg-user")).size(),
                "the question is in the thread once");
        assertEquals(List.of(answer), browser.driver.findElements(By.cssSelector("#thread .msg-assistant")),
                "the failed answer gave way to the new one");
        assertTrue(browser.driver.findElement(By.cssSelector("#thread .msg-user")).getText()
                .contains(SPOKESMAN_QUESTION));
    }

    @Test
    void aQuestionCutAtTheBoxLimitIsToldSo() {
        WebElement limit = browser.driver.findElement(By.id("composer-limit"));
        assertFalse(limit.isDisplayed());
        browser.script("const box = document.getElementById('composer-input'); box.focus();"
                + " document.execCommand('insertText', false, 'word '.repeat(500))");
        assertEquals(2000L, browser.script("return document.getElementById('composer-input').value.length"),
                "the box keeps the first 2,000 characters");
        assertTrue(limit.isDisplayed());
        assertTrue(limit.getText().contains("2,000"), limit.getText());
        assertTrue(contrast(limit) >= 4.5, () -> "readable (WCAG AA): " + contrast(limit));

        browser.script("const box = document.getElementById('composer-input'); box.select();"
                + " document.execCommand('insertText', false, 'short')");
        assertFalse(limit.isDisplayed(), "gone once the question fits");
    }

    @Test
    void anExampleAskedFromTheKeyboardLeavesTheFocusInTheQuestionBox() {
        WebElement example = browser.driver.findElement(By.className("example"));
        browser.driver.findElement(By.id("new-conversation")).sendKeys(Keys.TAB);
        assertEquals(example, browser.driver.switchTo().activeElement());
        example.sendKeys(Keys.ENTER);
        waitForAnswer();
        assertEquals("composer-input", browser.script("return document.activeElement.id"),
                "not lost on the page's body when the examples are hidden");
    }

    /** Asks, waits for the failed answer and gives its text. */
    private String askAndFail(String question) {
        ask(question, false);
        WebElement failed = browser.waiting(10).until(d -> {
            WebElement last = lastAnswer();
            return "error".equals(last.getDomAttribute("data-state")) ? last : null;
        });
        return failed.getText();
    }

    @Test
    void streamedChatAnswersArriveInPiecesAndFollowUpsKeepTheConversation() {
        browser.script(FAKE_CHAT_STREAM);

        ask(SPOKESMAN_QUESTION, false);
        WebElement streaming = browser.waiting(20).until(d -> {
            WebElement last = lastAnswer();
            return "streaming".equals(last.getDomAttribute("data-state")) ? last : null;
        });
        assertTrue(streaming.findElement(By.className("answer")).getText().length() > 10, "text shows as it arrives");
        assertTrue(streaming.findElements(By.cssSelector("[data-cite]")).isEmpty(), "chips wait for the citations");
        browser.script("window.__releaseDone = true");
        WebElement first = waitForAnswer();
        assertFalse(first.findElements(By.cssSelector(".answer [data-cite]")).isEmpty());

        ask("وماذا قال عن حلب؟");
        List<?> requests = (List<?>) browser.script("return window.__chatRequests");
        assertEquals(2, requests.size());
        assertFalse(((Map<?, ?>) requests.get(0)).containsKey("conversationId"));
        assertEquals("conv-42", ((Map<?, ?>) requests.get(1)).get("conversationId"), "a follow-up continues the conversation");

        browser.driver.findElement(By.id("new-conversation")).click();
        assertTrue(browser.driver.findElements(By.cssSelector("#thread .msg")).isEmpty());
        assertTrue(browser.driver.findElement(By.id("welcome")).isDisplayed());
        ask(SPOKESMAN_QUESTION);
        requests = (List<?>) browser.script("return window.__chatRequests");
        assertFalse(((Map<?, ?>) requests.get(2)).containsKey("conversationId"), "a new conversation starts afresh");
    }

    @Test
    void aForgottenConversationRestartsInsteadOfFailing() {
        browser.script(FAKE_CHAT_STREAM + "window.__releaseDone = true;");
        ask(SPOKESMAN_QUESTION);
        browser.script("window.__forgetConversations = true");

        WebElement answer = ask("وماذا قال عن حلب؟");
        List<?> requests = (List<?>) browser.script("return window.__chatRequests");
        assertEquals(3, requests.size(), "the follow-up is retried once");
        assertEquals("conv-42", ((Map<?, ?>) requests.get(1)).get("conversationId"));
        assertFalse(((Map<?, ?>) requests.get(2)).containsKey("conversationId"), "the retry starts a new conversation");
        assertTrue(answer.findElement(By.className("msg-meta")).getText().contains("expired"),
                "the reader is told the earlier questions were forgotten");
    }

    @Test
    void fitsA375PixelPhoneScreen() {
        browser.resize(375, 812);
        browser.driver.navigate().refresh();
        waitForPage();
        WebElement answer = ask(SPOKESMAN_QUESTION);
        assertNoHorizontalScroll();

        answer.findElement(By.cssSelector(".sources a.source")).click();
        browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#panel-body mark")));
        assertEquals(Boolean.TRUE, browser.script("""
                const r = document.getElementById('panel').getBoundingClientRect();
                return r.left === 0 && r.width === window.innerWidth;"""), "the article covers the phone screen");
        assertNoHorizontalScroll();
        browser.screenshot("phone-article");
    }

    /**
     * Stands in for POST /api/chat/stream inside the page: it answers through the real /api/ask
     * and replays the result as Server-Sent Events cut at awkward places (inside lines, inside
     * multi-byte characters, CRLF line ends), holding back the final event until the test says.
     * With {@code __forgetConversations} set it answers a known conversation id with 404, as the
     * service does once a conversation was idle too long.
     */
    private static final String FAKE_CHAT_STREAM = """
            const realFetch = window.fetch.bind(window);
            window.__chatRequests = [];
            window.__releaseDone = false;
            window.fetch = async (url, init = {}) => {
              if (!String(url).endsWith('/api/chat/stream')) return realFetch(url, init);
              const body = JSON.parse(init.body);
              window.__chatRequests.push(body);
              if (body.conversationId && window.__forgetConversations) {
                return new Response(JSON.stringify({ error: 'not_found', message: 'No conversation.' }),
                  { status: 404, headers: { 'Content-Type': 'application/json' } });
              }
              const reply = await realFetch('/api/ask', { method: 'POST',
                headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: body.message }) });
              const answer = await reply.json();
              const final = Object.assign({}, answer, { conversationId: 'conv-42' });
              const half = Math.floor(answer.answer.length / 2);
              const encoder = new TextEncoder();
              const tokens = encoder.encode(': stream opened\\n\\n'
                + 'event: token\\r\\ndata: ' + JSON.stringify({ text: answer.answer.slice(0, half) }) + '\\r\\n\\r\\n'
                + 'event: token\\ndata: ' + JSON.stringify({ text: answer.answer.slice(half) }) + '\\n\\n');
              const done = encoder.encode('event: done\\ndata: ' + JSON.stringify(final) + '\\n\\n');
              const stream = new ReadableStream({
                async start(controller) {
                  for (let i = 0; i < tokens.length; i += 7) controller.enqueue(tokens.slice(i, i + 7));
                  while (!window.__releaseDone) await new Promise((resolve) => setTimeout(resolve, 20));
                  for (let i = 0; i < done.length; i += 11) controller.enqueue(done.slice(i, i + 11));
                  controller.close();
                }
              });
              return new Response(stream, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
            };""";
}
