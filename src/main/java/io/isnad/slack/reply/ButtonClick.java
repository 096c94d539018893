package io.isnad.slack.reply;

/**
 * A click on one of Isnad's buttons, from {@code POST /slack/interactions}.
 *
 * @param actionId one of {@link io.isnad.slack.render.SlackActions}
 * @param answerId the answer the button belongs to (the button's value)
 * @param channel where the message is; null when Slack does not say
 * @param threadTs the thread the message is in, for private replies beside it; may be null
 * @param ephemeral whether the clicked message was visible only to the user (a slash command's answer)
 * @param responseUrl where replies to this click may go
 * @param messageText the clicked message's text, whose language private replies use
 */
public record ButtonClick(String actionId, String answerId, String user, String channel, String threadTs,
        boolean ephemeral, String responseUrl, String messageText) {
}
