package io.isnad.answer.model;

import java.util.Set;

/** The prompt templates, one file each in the prompts folder; see {@code prompts/README.md}. */
public enum Prompt {
    SYSTEM_EN("system-en.txt"),
    SYSTEM_AR("system-ar.txt"),
    ANSWER_EN("answer-en.txt", "passages", "credits", "earlierQuestion", "earlierAnswer", "question"),
    ANSWER_AR("answer-ar.txt", "passages", "credits", "earlierQuestion", "earlierAnswer", "question"),
    REWRITE("rewrite.txt", "history", "answer", "question"),
    TRANSLATE("translate.txt", "question");

    private final String file;
    private final Set<String> placeholders;

    Prompt(String file, String... placeholders) {
        this.file = file;
        this.placeholders = Set.of(placeholders);
    }

    public String file() {
        return file;
    }

    /** The values the service fills in; a template may use any of them, and no other. */
    public Set<String> placeholders() {
        return placeholders;
    }
}
