package io.isnad.slack.render;

/** Slack's mrkdwn escaping, applied to every piece of article, answer and question text. */
public final class Mrkdwn {

    private Mrkdwn() {
    }

    /**
     * Escapes {@code &}, {@code <} and {@code >}, the three characters Slack gives meaning to, so that
     * an article cannot ping {@code <!channel>} or forge a link. Line breaks become spaces, since each
     * piece is placed on a line of its own and a stray break would start a quote or a list.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A file name in a code span, so its Latin letters neither flip an Arabic line nor get formatted. */
    public static String code(String fileName) {
        return "`" + escape(fileName.replace('`', '\'')) + "`";
    }
}
