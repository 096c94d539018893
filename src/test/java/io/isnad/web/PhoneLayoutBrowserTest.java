package io.isnad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The page on a 375-pixel phone, in both languages: touch targets and the question box. */
@QuarkusTest
@TestProfile(WebTestProfile.class)
class PhoneLayoutBrowserTest extends BrowserTestBase {

    /** How tall the box is, and how tall its placeholder (or text) needs it to be. */
    private static final String BOX_HEIGHTS = """
            const box = document.getElementById('composer-input');
            const probe = box.cloneNode();
            probe.removeAttribute('id');
            probe.value = box.value || box.placeholder;
            probe.style.cssText = `position:absolute;visibility:hidden;height:auto;width:${box.offsetWidth}px`;
            document.body.append(probe);
            const needed = probe.scrollHeight;
            probe.remove();
            return { shown: box.clientHeight, needed, scroll: box.scrollHeight };""";

    @Test
    void citationChipsAreAtLeast24PixelsSquare() {
        onPhone();
        WebElement answer = ask(SPOKESMAN_QUESTION);
        assertNoHorizontalScroll();
        List<WebElement> chips = answer.findElements(By.cssSelector(".answer a.cite"));
        assertFalse(chips.isEmpty());
        for (WebElement chip : chips) {
            Map<?, ?> size = (Map<?, ?>) browser.script(
                    "const r = arguments[0].getBoundingClientRect(); return { w: r.width, h: r.height };", chip);
            assertTrue(((Number) size.get("w")).doubleValue() >= 24 && ((Number) size.get("h")).doubleValue() >= 24,
                    "WCAG 2.5.8 target size, measured: " + size);
        }
        browser.screenshot("phone-answer-en");

        switchLanguageTo("ar");
        browser.driver.findElement(By.id("new-conversation")).click();
        browser.screenshot("phone-welcome-ar");
        ask(SPOKESMAN_QUESTION);
        assertNoHorizontalScroll();
        browser.screenshot("phone-answer-ar");
    }

    @Test
    void theQuestionBoxShowsItsWholePlaceholderAndGrowsWithTheQuestion() {
        for (String lang : List.of("en", "ar")) {
            onPhone();
            if (!lang.equals(language())) {
                switchLanguageTo(lang);
            }
            assertNoHorizontalScroll();
            Map<?, ?> empty = heights();
            assertTrue(number(empty, "shown") >= number(empty, "needed"), lang + ": the placeholder is not cut: " + empty);
            browser.screenshot("phone-welcome-" + lang);

            WebElement input = browser.driver.findElement(By.id("composer-input"));
            input.sendKeys("من هو المتحدث باسم وزارة الخارجية الإيرانية الذي تحدث عن الطيران الروسي في حلب "
                    + "وعن التعاون مع سوريا في الحرب ضد الإرهاب خلال الشهر الماضي؟");
            Map<?, ?> typed = heights();
            assertTrue(number(typed, "shown") > number(empty, "shown"), lang + ": the box grows: " + typed);
            assertTrue(number(typed, "shown") >= number(typed, "scroll"), lang + ": every line is in view: " + typed);
            Number sendRight = (Number) browser.script(
                    "return document.getElementById('send').getBoundingClientRect().right - window.innerWidth");
            assertTrue(sendRight.doubleValue() <= 0, "the send button stays on screen");
            browser.screenshot("phone-composer-" + lang);
        }
    }

    private void onPhone() {
        browser.resize(375, 812);
        browser.driver.navigate().refresh();
        waitForPage();
        assertEquals(375L, ((Number) browser.script("return window.innerWidth")).longValue());
    }

    private String language() {
        return (String) browser.script("return document.documentElement.lang");
    }

    private Map<?, ?> heights() {
        return (Map<?, ?>) browser.script(BOX_HEIGHTS);
    }

    private static double number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}
