package io.isnad.slack.post;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;

/**
 * A message sent to a {@code response_url} (slash commands, button clicks).
 *
 * @param responseType {@code ephemeral} (only the asker sees it) or {@code in_channel}
 * @param replaceOriginal whether it replaces the message the URL belongs to
 */
public record ResponseUrlMessage(String responseType, boolean replaceOriginal, String text, List<LayoutBlock> blocks) {

    public static final String EPHEMERAL = "ephemeral";
    public static final String IN_CHANNEL = "in_channel";
}
