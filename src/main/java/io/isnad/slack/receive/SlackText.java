package io.isnad.slack.receive;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Slack message's text as the plain question the assistant should read. */
final class SlackText {

    /** {@code <@U123>}, {@code <!here>}, {@code <#C123|general>}, {@code <https://x|label>}, {@code <https://x>}. */
    private static final Pattern ENTITY = Pattern.compile("<([@!#]?)([^>|]*)(?:\\|([^>]*))?>");

    private SlackText() {
    }

    /**
     * Removes user mentions and special mentions, keeps channel names and link labels (or the URL),
     * undoes Slack's {@code &amp; &lt; &gt;} escaping and collapses white space.
     */
    static String question(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String kind = m.group(1);
            String label = m.group(3);
            String replacement = switch (kind) {
                case "@", "!" -> "";
                case "#" -> label == null ? "" : "#" + label;
                default -> label != null ? label : m.group(2);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }
}
