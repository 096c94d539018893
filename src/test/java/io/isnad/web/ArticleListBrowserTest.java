package io.isnad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The article list: pages, search, ids with sub-folders, and long headlines kept short. */
@QuarkusTest
@TestProfile(WebTestProfile.class)
class ArticleListBrowserTest extends BrowserTestBase {

    private static final String LONG_TITLE_FIXTURE = "901_long_first_paragraph_fixture.txt";

    /**
     * A service with 120 articles in sub-folders that speaks the paged contract
     * ({@code GET /api/articles?offset=&limit=&q=} -> {total, offset, limit, indexed, skipped,
     * articles}), recording each request; one article's detail is served too.
     */
    private static final String PAGED_SERVICE = """
            const realFetch = window.fetch.bind(window);
            const all = Array.from({ length: 120 }, (_, i) => {
              const n = String(i + 1).padStart(3, '0');
              return { file: `desk/2023/story-${n}.txt`, title: `عنوان الخبر ${n}`, date: '2023-10-07',
                chunks: 1, status: 'indexed' };
            });
            window.__listRequests = [];
            window.__detailRequests = [];
            window.fetch = async (url, init = {}) => {
              const address = new URL(String(url), location.href);
              const json = (body) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
              if (address.pathname === '/api/articles') {
                const p = address.searchParams;
                window.__listRequests.push(Object.fromEntries(p));
                const q = (p.get('q') || '').toLowerCase();
                const from = p.get('from') || '';
                const hits = all.filter((a) => (!q || a.file.includes(q) || a.title.includes(q)) && a.date >= from);
                const offset = Number(p.get('offset') || 0), limit = Number(p.get('limit') || 50);
                return json({ total: hits.length, offset, limit, indexed: 120, skipped: 0,
                  articles: hits.slice(offset, offset + limit) });
              }
              if (address.pathname.startsWith('/api/articles/')) {
                window.__detailRequests.push(address.pathname);
                const file = decodeURIComponent(address.pathname.slice('/api/articles/'.length));
                const text = 'عنوان الخبر 007\\nنص الخبر السابع في مجلد فرعي.';
                return json({ file, title: 'عنوان الخبر 007', date: '2023-10-07', text,
                  sentences: [{ start: 16, end: text.length, section: 'main' }] });
              }
              return realFetch(url, init);
            };""";

    @Test
    void pagesAndSearchesThroughThePagedApi() {
        browser.script(PAGED_SERVICE);
        browser.driver.findElement(By.id("articles-link")).click();
        waitForRange("1–50 of 120");
        assertEquals(50, items().size());
        WebElement previous = browser.driver.findElement(By.cssSelector(".article-pager [data-page='previous']"));
        WebElement next = browser.driver.findElement(By.cssSelector(".article-pager [data-page='next']"));
        assertTrue(!previous.isEnabled() && next.isEnabled());
        assertEquals(Map.of("offset", "0", "limit", "50"), requests().get(0), "the page asks for one page only");
        browser.screenshot("desktop-articles-paged");

        next.click();
        waitForRange("51–100 of 120");
        assertEquals("desk/2023/story-051.txt", items().get(0).getDomAttribute("data-file"));
        next.click();
        waitForRange("101–120 of 120");
        assertEquals(20, items().size());
        assertTrue(!next.isEnabled() && previous.isEnabled(), "the last page has no next");
        assertEquals(Boolean.TRUE, browser.script("return document.activeElement.classList.contains('article-summary')"),
                "focus leaves the button that was switched off");
        previous.click();
        waitForRange("51–100 of 120");

        browser.driver.findElement(By.id("article-search")).sendKeys("story-00");
        waitForRange("1–9 of 9");
        Map<?, ?> search = requests().get(requests().size() - 1);
        assertEquals("story-00", search.get("q"));
        assertEquals("0", search.get("offset"), "a new search starts at its first page");
        assertTrue(browser.driver.findElement(By.className("article-pager")).getDomAttribute("hidden") != null,
                "one page needs no pager");

        setDate("from", "2023-10-08");
        browser.waiting(10).until(ExpectedConditions.textToBe(By.className("article-summary"),
                "No article matches this search."));
        assertEquals(Map.of("offset", "0", "limit", "50", "q", "story-00", "from", "2023-10-08"),
                requests().get(requests().size() - 1), "the date range goes to the service");
        setDate("from", "");
        waitForRange("1–9 of 9");

        WebElement seventh = items().get(6);
        assertEquals("#/articles/desk%2F2023%2Fstory-007.txt", seventh.getDomAttribute("href"),
                "an id with sub-folders is one route segment");
        seventh.click();
        browser.waiting(10).until(ExpectedConditions.textToBe(By.id("panel-title"), "عنوان الخبر 007"));
        assertEquals(List.of("/api/articles/desk%2F2023%2Fstory-007.txt"),
                browser.script("return window.__detailRequests"));

        // Slack links write the id as it is, slashes included.
        browser.driver.get(page + "#/articles/desk/2023/story-007.txt?mark=16-31");
        WebElement mark = browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#panel-body mark")));
        assertEquals("نص الخبر السابع", mark.getDomProperty("textContent"));
    }

    @Test
    void searchesTheServiceThatListsEverythingAtOnce() {
        browser.driver.findElement(By.id("articles-link")).click();
        waitForRange("1–7 of 7");
        browser.driver.findElement(By.id("article-search")).sendKeys("fixture");
        waitForRange("1–2 of 2");
        assertEquals(List.of(ArticleFolderResource.MARKUP_FIXTURE, LONG_TITLE_FIXTURE),
                items().stream().map(i -> i.getDomAttribute("data-file")).sorted().toList(),
                "the search matches file names");
        browser.driver.findElement(By.id("article-search")).sendKeys("no such thing");
        browser.waiting(10).until(ExpectedConditions.textToBe(By.className("article-summary"),
                "No article matches this search."));
    }

    @Test
    void filtersByDateOnTheServiceThatListsEverythingAtOnce() {
        browser.driver.findElement(By.id("articles-link")).click();
        waitForRange("1–7 of 7");
        setDate("from", "2023-10-01");
        waitForRange("1–1 of 1");
        assertEquals(DATED_ARTICLE, items().get(0).getDomAttribute("data-file"));
        setDate("to", "2023-10-06");
        browser.waiting(10).until(ExpectedConditions.textToBe(By.className("article-summary"),
                "No article matches this search."));
        setDate("from", "");
        setDate("to", "");
        waitForRange("1–7 of 7");
    }

    @Test
    void aParagraphUsedAsHeadlineIsCutInTheListAndReadInFullInTheArticle() throws IOException {
        String paragraph = Files.readAllLines(ArticleFolderResource.fixtures().resolve(LONG_TITLE_FIXTURE)).getFirst();
        assertTrue(paragraph.length() > 300, "the fixture's headline is its first paragraph");
        browser.driver.findElement(By.id("articles-link")).click();
        waitForRange("1–7 of 7");
        WebElement title = browser.driver.findElement(By.cssSelector(
                ".article-list a[data-file='" + LONG_TITLE_FIXTURE + "'] .article-item-title"));
        String shown = title.getDomProperty("textContent");
        assertTrue(shown.length() <= 141 && paragraph.startsWith(shown.replaceAll("…$", "").strip()),
                "a short title cut from the paragraph's start: " + shown);
        assertTrue(((Number) browser.script("""
                const style = getComputedStyle(arguments[0]);
                return arguments[0].getBoundingClientRect().height / parseFloat(style.lineHeight);""", title))
                .doubleValue() <= 2.05, "and two lines on screen at most");

        title.click();
        WebElement text = browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#panel-body .article-text")));
        assertTrue(text.getDomProperty("textContent").contains(paragraph), "the article shows the whole paragraph");
        assertTrue(browser.driver.findElement(By.id("panel-title")).getText().length() <= 141);
    }

    /** Sets a date field as the date picker would (typing into one depends on the browser's locale). */
    private void setDate(String name, String isoDate) {
        browser.script("const input = document.getElementById('article-' + arguments[0]);"
                + "input.value = arguments[1]; input.dispatchEvent(new Event('change'));", name, isoDate);
    }

    private WebElement waitForRange(String text) {
        return browser.waiting(10).until(d -> {
            List<WebElement> ranges = d.findElements(By.className("article-range"));
            return !ranges.isEmpty() && text.equals(ranges.get(0).getDomProperty("textContent")) ? ranges.get(0) : null;
        });
    }

    private List<WebElement> items() {
        return browser.driver.findElements(By.cssSelector("#panel .article-list a"));
    }

    private List<Map<?, ?>> requests() {
        return ((List<?>) browser.script("return window.__listRequests")).stream().<Map<?, ?>>map(r -> (Map<?, ?>) r).toList();
    }
}
