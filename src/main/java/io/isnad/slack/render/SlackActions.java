package io.isnad.slack.render;

/** The {@code action_id}s of Isnad's buttons; each button's value is the id of the answer it belongs to. */
public final class SlackActions {

    public static final String FEEDBACK_UP = "isnad_feedback_up";
    public static final String FEEDBACK_DOWN = "isnad_feedback_down";
    public static final String ALL_SOURCES = "isnad_all_sources";
    public static final String SHARE = "isnad_share";

    private SlackActions() {
    }
}
