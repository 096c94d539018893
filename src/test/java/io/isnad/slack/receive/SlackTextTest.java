package io.isnad.slack.receive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void mentionsAreRemovedAndSlacksEscapingUndone() {
        assertEquals("متى التقى عراقجي بالأسد؟", SlackText.question("<@U0ISNAD>  متى التقى عراقجي بالأسد؟ "));
        assertEquals("Is A & B < C?", SlackText.question("<!here> Is A &amp; B &lt; C?"));
        assertEquals("see #general and the report at example", SlackText.question(
                "see <#C123|general> and the report at <https://example.org/r|example>"));
        assertEquals("https://example.org", SlackText.question("<https://example.org>"));
        assertEquals("", SlackText.question("<@U0ISNAD>"));
    }
}
