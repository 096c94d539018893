package io.isnad.slack.reply;

/**
 * A question asked in Slack, as the receiving endpoints hand it to the {@link ReplyWorker}.
 *
 * @param team the workspace, so that thread keys of two workspaces never meet
 * @param channel where it was asked
 * @param user who asked
 * @param text the question, as plain text (mentions removed, Slack's escaping undone)
 * @param messageTs the question's message; null for a slash command
 * @param threadTs the thread to answer in: the question's thread, or the question itself when top-level
 * @param origin how it was asked
 * @param responseUrl where a slash command's answer goes; null otherwise
 */
public record SlackQuestion(String team, String channel, String user, String text, String messageTs,
        String threadTs, Origin origin, String responseUrl) {

    /** How a question reached us. */
    public enum Origin {
        /** {@code @Isnad ...} in a channel. */
        MENTION,
        /** A message in the app's direct messages. */
        DIRECT_MESSAGE,
        /** {@code /isnad ...}. */
        COMMAND
    }

    /** The conversation this question belongs to: its Slack thread. */
    String threadKey() {
        return team + "/" + channel + "/" + threadTs;
    }
}
