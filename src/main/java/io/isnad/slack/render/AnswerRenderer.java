package io.isnad.slack.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;

import io.isnad.answer.Answer;
import io.isnad.answer.AnswerSentences;
import io.isnad.answer.Citation;
import io.isnad.answer.PassageView;
import io.isnad.answer.ShortAnswer;
import io.isnad.slack.SlackConfig;

/**
 * Turns an {@link Answer} into Slack messages: the short answer in bold when there is one, the answer
 * sentences one per line with their {@code [n]} markers, then the sources (headline linked to the
 * quoted sentence in the web page's article view, file name in a code span, the quote). Lines lead
 * with the article text, so Arabic lines read right to left. Every piece of text is escaped; long
 * answers are split over sections of at most 3,000 characters and messages of at most 50 blocks.
 */
@ApplicationScoped
public class AnswerRenderer {

    /** Slack's limit on the text of one section block. */
    public static final int MAX_SECTION_CHARS = 3000;
    /** Slack's limit on blocks in one message. */
    public static final int MAX_BLOCKS = 50;
    /** Sources shown under an answer; the rest are one "All sources" click away. */
    static final int SOURCES_SHOWN = 5;
    private static final int MAX_HEADLINE_CHARS = 150;

    /** Which buttons go under an answer. */
    public enum Button {
        FEEDBACK, SHARE, ALL_SOURCES
    }

    private final Optional<String> publicUrl;

    @Inject
    AnswerRenderer(SlackConfig config) {
        this(config.publicUrl());
    }

    public AnswerRenderer(Optional<String> publicUrl) {
        this.publicUrl = publicUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** The answer as one or more messages, the buttons under the last; {@code answerId} identifies it to clicks. */
    public List<SlackMessage> answer(Answer answer, String answerId, Set<Button> buttons) {
        Labels labels = Labels.of(answer.language());
        List<LayoutBlock> blocks = new ArrayList<>();
        if (answer.abstained()) {
            blocks.addAll(sections(List.of("*" + Mrkdwn.escape(labels.notInArticles()) + "*",
                    Mrkdwn.escape(answer.answer()))));
        } else {
            shortAnswer(answer.shortAnswer()).ifPresent(text -> blocks.addAll(sections(List.of("*" + text + "*"))));
            blocks.addAll(sections(AnswerSentences.split(answer.answer()).stream().map(Mrkdwn::escape).toList()));
        }
        List<Citation> citations = answer.citations();
        if (!citations.isEmpty()) {
            blocks.add(DividerBlock.builder().build());
            List<String> items = new ArrayList<>();
            items.add("*" + Mrkdwn.escape(labels.sources()) + "*");
            citations.stream().limit(SOURCES_SHOWN).map(this::source).forEach(items::add);
            blocks.addAll(sections(items));
        }
        Set<Button> shown = new LinkedHashSet<>(buttons);
        if (!hasMoreSources(answer)) {
            shown.remove(Button.ALL_SOURCES);
        }
        return messages(blocks, shown.isEmpty() ? Optional.empty() : Optional.of(actions(shown, answerId, labels)));
    }

    /** Every citation and every other passage searched, for the "All sources" button. */
    public List<SlackMessage> allSources(Answer answer) {
        Labels labels = Labels.of(answer.language());
        List<String> items = new ArrayList<>();
        items.add("*" + Mrkdwn.escape(labels.allSources()) + "*");
        answer.citations().stream().map(this::source).forEach(items::add);
        List<PassageView> others = otherPassages(answer);
        if (!others.isEmpty()) {
            items.add("*" + Mrkdwn.escape(labels.closest()) + "*");
            others.stream().map(this::passage).forEach(items::add);
        }
        return messages(sections(items), Optional.empty());
    }

    /** A one-line message of Isnad's own (searching, thanks, errors). */
    public static SlackMessage notice(String text) {
        return new SlackMessage(Mrkdwn.escape(text), sections(List.of(Mrkdwn.escape(text))));
    }

    /** The web page's view of an article with characters {@code start} to {@code end} highlighted, if it has an address. */
    Optional<String> link(String file, int start, int end) {
        return publicUrl.map(base -> base + "/#/articles/" + URLEncoder.encode(file, StandardCharsets.UTF_8)
                .replace("+", "%20") + "?mark=" + start + "-" + end);
    }

    private static Optional<String> shortAnswer(ShortAnswer shortAnswer) {
        if (shortAnswer == null) {
            return Optional.empty();
        }
        String text = shortAnswer.rendered() != null ? shortAnswer.rendered() : shortAnswer.text();
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(Mrkdwn.escape(text.strip()));
    }

    private static boolean hasMoreSources(Answer answer) {
        return answer.citations().size() > SOURCES_SHOWN || !otherPassages(answer).isEmpty();
    }

    private static List<PassageView> otherPassages(Answer answer) {
        Set<String> cited = new LinkedHashSet<>();
        answer.citations().forEach(c -> cited.add(c.file()));
        return answer.passages().stream().filter(p -> !cited.contains(p.file())).toList();
    }

    /** Headline first (the article's language sets the line's direction), then the file and the marker. */
    private String source(Citation c) {
        return headline(c.title(), c.file(), c.start(), c.end()) + " · " + Mrkdwn.code(c.file()) + " [" + c.n() + "]\n> "
                + Mrkdwn.escape(c.quote());
    }

    private String passage(PassageView p) {
        return headline(p.title(), p.file(), p.start(), p.end()) + " · " + Mrkdwn.code(p.file());
    }

    private String headline(String title, String file, int start, int end) {
        String label = Mrkdwn.escape(clamp(title == null || title.isBlank() ? file : title.strip()));
        return link(file, start, end).map(url -> "<" + url + "|" + label + ">").orElse(label);
    }

    private static String clamp(String text) {
        return text.length() <= MAX_HEADLINE_CHARS ? text : text.substring(0, MAX_HEADLINE_CHARS - 1).strip() + "…";
    }

    /** Items (already escaped) packed into sections of at most 3,000 characters, one item per line. */
    static List<LayoutBlock> sections(List<String> items) {
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String item : items) {
            for (String piece : pieces(item)) {
                if (!current.isEmpty() && current.length() + 1 + piece.length() > MAX_SECTION_CHARS) {
                    blocks.add(section(current.toString()));
                    current.setLength(0);
                }
                current.append(current.isEmpty() ? "" : "\n").append(piece);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(section(current.toString()));
        }
        return blocks;
    }

    /** An item cut at spaces into pieces that fit a section; an entity such as {@code &amp;} is never cut. */
    private static List<String> pieces(String item) {
        List<String> pieces = new ArrayList<>();
        String rest = item;
        while (rest.length() > MAX_SECTION_CHARS) {
            int cut = rest.lastIndexOf(' ', MAX_SECTION_CHARS);
            if (cut < MAX_SECTION_CHARS / 2) {
                cut = MAX_SECTION_CHARS;
                int amp = rest.lastIndexOf('&', cut - 1);
                if (amp > cut - 6 && rest.indexOf(';', amp) >= cut) {
                    cut = amp;
                }
            }
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    private static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build()).build();
    }

    private static ActionsBlock actions(Set<Button> buttons, String answerId, Labels labels) {
        List<BlockElement> elements = new ArrayList<>();
        if (buttons.contains(Button.FEEDBACK)) {
            elements.add(button(SlackActions.FEEDBACK_UP, labels.helpful(), answerId));
            elements.add(button(SlackActions.FEEDBACK_DOWN, labels.notHelpful(), answerId));
        }
        if (buttons.contains(Button.ALL_SOURCES)) {
            elements.add(button(SlackActions.ALL_SOURCES, labels.allSources(), answerId));
        }
        if (buttons.contains(Button.SHARE)) {
            elements.add(button(SlackActions.SHARE, labels.share(), answerId));
        }
        return ActionsBlock.builder().elements(elements).build();
    }

    private static ButtonElement button(String actionId, String label, String value) {
        return ButtonElement.builder().actionId(actionId).value(value)
                .text(PlainTextObject.builder().text(label).emoji(true).build()).build();
    }

    /** Blocks split into messages of at most 50 blocks, the buttons under the last, each with its fallback text. */
    private static List<SlackMessage> messages(List<LayoutBlock> blocks, Optional<ActionsBlock> actions) {
        List<LayoutBlock> all = new ArrayList<>(blocks);
        actions.ifPresent(all::add);
        List<SlackMessage> messages = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_BLOCKS) {
            List<LayoutBlock> part = all.subList(from, Math.min(all.size(), from + MAX_BLOCKS));
            messages.add(new SlackMessage(fallback(part), part));
        }
        return messages;
    }

    /** The sections' text, for notifications and clients without Block Kit; never empty. */
    private static String fallback(List<LayoutBlock> blocks) {
        StringBuilder text = new StringBuilder();
        for (LayoutBlock block : blocks) {
            if (block instanceof SectionBlock section && section.getText() != null) {
                text.append(text.isEmpty() ? "" : "\n").append(section.getText().getText());
            }
        }
        if (text.length() > MAX_SECTION_CHARS) {
            text.setLength(MAX_SECTION_CHARS - 1);
            text.append('…');
        }
        return text.isEmpty() ? "…" : text.toString();
    }
}
