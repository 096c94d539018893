package io.isnad.slack.render;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;

/**
 * One message to post: Block Kit blocks and the plain-text {@code text} that notifications, screen
 * readers and clients without Block Kit show instead.
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {

    public SlackMessage {
        blocks = List.copyOf(blocks);
    }
}
