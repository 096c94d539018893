package io.isnad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Arabic and English chrome, and dates that read correctly in either, in a real browser. */
@QuarkusTest
@TestProfile(WebTestProfile.class)
class ChatPageLanguageBrowserTest extends BrowserTestBase {

    private static final String DATED_QUESTION = "ماذا قال قائد الجيش الإيراني عن التعاون مع سوريا؟";

    /**
     * The left edge of each token of the element's text as drawn: the order the reader sees,
     * which the bidi algorithm may differ from the order in the text.
     */
    private static final String TOKEN_LEFT_EDGES = """
            const node = arguments[0].querySelector('time').firstChild;
            return Array.from(arguments).slice(1).map((token) => {
              const at = node.data.indexOf(token);
              if (at < 0) return null;
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + token.length);
              return range.getBoundingClientRect().left;
            });""";

    @AfterEach
    void browserLanguageBackToEnglish() {
        if (browser != null) {
            setBrowserLanguage("en-US");
        }
    }

    @Test
    void languageFollowsTheBrowserAndTheSwitchIsRemembered() {
        assertEquals("en/ltr", pageLanguage(), "an English browser gets the English page");
        assertChrome("Send", "Articles", "Ask a question", "العربية");

        setBrowserLanguage("ar");
        browser.driver.navigate().refresh();
        waitForPage();
        assertEquals("ar/rtl", pageLanguage(), "an Arabic browser gets the Arabic page");
        assertChrome("إرسال", "المقالات", "اكتب سؤالك", "English");
        assertEquals("rtl", browser.script("return getComputedStyle(document.body).direction"));
        browser.screenshot("desktop-welcome-ar");

        switchLanguageTo("en");
        assertEquals("en/ltr", pageLanguage());
        assertChrome("Send", "Articles", "Ask a question", "العربية");
        assertEquals(Boolean.TRUE, browser.script("return document.activeElement.id === 'language-switch'"),
                "focus stays on the switch");
        browser.driver.navigate().refresh();
        waitForPage();
        assertEquals("en/ltr", pageLanguage(), "the reader's choice outlasts a reload, over the browser's language");
        browser.screenshot("desktop-welcome-en");

        switchLanguageTo("ar");
        browser.driver.navigate().refresh();
        waitForPage();
        assertEquals("ar/rtl", pageLanguage());
    }

    @Test
    void theOpenArticleListIsRedrawnInTheNewLanguage() {
        browser.driver.findElement(By.id("articles-link")).click();
        browser.waiting(10).until(ExpectedConditions.textToBe(By.id("panel-title"), "Articles"));
        switchLanguageTo("ar");
        browser.waiting(10).until(ExpectedConditions.textToBe(By.id("panel-title"), "المقالات"));
        WebElement search = browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("article-search")));
        assertEquals("ابحث في المقالات", search.getDomAttribute("placeholder"));
    }

    @Test
    void datesAreIsolatedFromTheHeadlineAndFormattedInThePageLanguage() {
        WebElement answer = ask(DATED_QUESTION);
        WebElement cardDate = answer.findElement(By.cssSelector(
                ".source-group[data-file='" + DATED_ARTICLE + "'] .date"));
        assertEquals("rtl", browser.script("return getComputedStyle(arguments[0].closest('.source-group')).direction",
                cardDate), "the card lines up with its Arabic headline");
        assertReadsLeftToRight(cardDate, "7 Oct 2023", "7", "Oct", "2023");
        browser.screenshot("desktop-answer-en");

        browser.driver.get(page + "#/articles/" + DATED_ARTICLE);
        WebElement headerDate = browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#panel-body .article-meta .date")));
        assertReadsLeftToRight(headerDate, "7 Oct 2023", "7", "Oct", "2023");

        browser.driver.get(page + "#/articles");
        WebElement listDate = browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#panel .article-list a[data-file='" + DATED_ARTICLE + "'] .date")));
        assertReadsLeftToRight(listDate, "7 Oct 2023", "7", "Oct", "2023");

        switchLanguageTo("ar");
        listDate = browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#panel .article-list a[data-file='" + DATED_ARTICLE + "'] .date")));
        assertEquals("7 أكتوبر 2023", listDate.getText(), "Arabic month names on the Arabic page");
        List<?> edges = (List<?>) browser.script(TOKEN_LEFT_EDGES, listDate, "7", "أكتوبر", "2023");
        assertTrue(edge(edges, 0) > edge(edges, 1) && edge(edges, 1) > edge(edges, 2),
                "the Arabic date reads right to left, day first: " + edges);

        browser.driver.get(page.toString());
        waitForPage();
        answer = ask(DATED_QUESTION);
        cardDate = answer.findElement(By.cssSelector(".source-group[data-file='" + DATED_ARTICLE + "'] .date"));
        assertEquals("7 أكتوبر 2023", cardDate.getText());
        browser.screenshot("desktop-answer-ar");
    }

    private void assertReadsLeftToRight(WebElement date, String text, String... tokens) {
        assertEquals(text, date.getText());
        List<?> edges = (List<?>) browser.script(TOKEN_LEFT_EDGES, date, tokens[0], tokens[1], tokens[2]);
        assertTrue(edge(edges, 0) < edge(edges, 1) && edge(edges, 1) < edge(edges, 2),
                "\"" + text + "\" is drawn in its own order inside a right-to-left line: " + edges);
    }

    private static double edge(List<?> edges, int i) {
        return ((Number) edges.get(i)).doubleValue();
    }

    private void assertChrome(String send, String articles, String placeholder, String switchLabel) {
        assertEquals(send, browser.driver.findElement(By.id("send")).getText());
        assertEquals(articles, browser.driver.findElement(By.id("articles-link")).getText());
        assertEquals(placeholder, browser.driver.findElement(By.id("composer-input")).getDomAttribute("placeholder"));
        WebElement toggle = browser.driver.findElement(By.id("language-switch"));
        assertEquals(switchLabel, toggle.getText(), "the switch names the other language in that language");
        assertEquals(switchLabel.equals("English") ? "en" : "ar", toggle.getDomAttribute("lang"));
    }

    /** What navigator.languages reports (and Accept-Language sends), as a browser set to that language. */
    private void setBrowserLanguage(String lang) {
        String agent = (String) browser.script("return navigator.userAgent");
        browser.driver.executeCdpCommand("Emulation.setUserAgentOverride",
                Map.of("userAgent", agent, "acceptLanguage", lang));
    }
}
