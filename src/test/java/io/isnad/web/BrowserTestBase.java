package io.isnad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * What every browser test of the chat page shares: one headless chromium per test class, a fresh
 * page in English (the browser's language) before each test, and helpers to ask and wait. On a
 * machine without chromium each test is reported as skipped with the reason.
 */
abstract class BrowserTestBase {

    static final String SPOKESMAN_QUESTION = "من هو المتحدث باسم وزارة الخارجية الإيرانية؟";
    static final String DATED_ARTICLE = "004_a7545c0d5a910ec1.txt";

    static Browser browser;

    @TestHTTPResource("/")
    URL page;

    @BeforeAll
    static void startBrowser() {
        if (Browser.unavailable() == null) {
            browser = Browser.start();
        } else {
            Logger.getLogger(BrowserTestBase.class).warn(Browser.unavailable());
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void openPage() {
        Assumptions.assumeTrue(browser != null, Browser.unavailable());
        browser.resize(1366, 900);
        browser.driver.get(page.toString());
        // A language chosen by an earlier test must not leak into this one.
        browser.script("localStorage.clear()");
        browser.driver.navigate().refresh();
        waitForPage();
    }

    void waitForPage() {
        browser.waiting(10).until(d -> d.findElement(By.id("composer-input")).isEnabled()
                && d.findElement(By.id("send")).getText().equals(
                        "ar".equals(browser.script("return document.documentElement.lang")) ? "إرسال" : "Send"));
    }

    /** Types the question, presses Enter and waits for the finished answer. */
    WebElement ask(String question) {
        return ask(question, true);
    }

    WebElement ask(String question, boolean waitForAnswer) {
        int before = browser.driver.findElements(By.cssSelector("#thread .msg-assistant")).size();
        WebElement input = browser.driver.findElement(By.id("composer-input"));
        input.sendKeys(question, Keys.ENTER);
        browser.waiting(5).until(d -> d.findElements(By.cssSelector("#thread .msg-assistant")).size() > before);
        return waitForAnswer ? waitForAnswer() : null;
    }

    WebElement waitForAnswer() {
        WebElement answer = browser.waiting(30).until(d -> {
            WebElement last = lastAnswer();
            String state = last.getDomAttribute("data-state");
            return "done".equals(state) || "error".equals(state) ? last : null;
        });
        assertEquals("done", answer.getDomAttribute("data-state"), () -> "answer failed: " + answer.getText());
        return answer;
    }

    WebElement lastAnswer() {
        List<WebElement> answers = browser.driver.findElements(By.cssSelector("#thread .msg-assistant"));
        return answers.get(answers.size() - 1);
    }

    void assertNoHorizontalScroll() {
        Number overflow = (Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, overflow.intValue(), "nothing sticks out sideways");
    }

    /** Clicks the visible language switch and waits until the page speaks `lang`. */
    void switchLanguageTo(String lang) {
        browser.driver.findElement(By.id("language-switch")).click();
        browser.waiting(5).until(d -> lang.equals(browser.script("return document.documentElement.lang")));
    }

    /** WCAG's contrast ratio of the element's text against the nearest background painted behind it. */
    double contrast(WebElement element) {
        return ((Number) browser.script("""
                const channels = (color) => color.match(/[\\d.]+/g).map(Number);
                const luminance = (color) => {
                  const [r, g, b] = channels(color).slice(0, 3).map((v) => {
                    const c = v / 255;
                    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
                  });
                  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
                };
                let node = arguments[0];
                let background = 'rgb(255, 255, 255)';
                for (; node; node = node.parentElement) {
                  const color = getComputedStyle(node).backgroundColor;
                  if (channels(color)[3] !== 0) {
                    background = color;
                    break;
                  }
                }
                const [light, dark] = [luminance(getComputedStyle(arguments[0]).color), luminance(background)]
                  .sort((a, b) => b - a);
                return (light + 0.05) / (dark + 0.05);
                """, element)).doubleValue();
    }

    String pageLanguage() {
        return (String) browser.script("return document.documentElement.lang + '/' + document.documentElement.dir");
    }
}
