package io.isnad.answer.model;

/** The prompt templates, one file each in the prompts folder; see {@code prompts/README.md}. */
public enum Prompt {
    SYSTEM_EN("system-en.txt"),
    SYSTEM_AR("system-ar.txt"),
    ANSWER_EN("answer-en.txt"),
    ANSWER_AR("answer-ar.txt"),
    REWRITE("rewrite.txt"),
    TRANSLATE("translate.txt");

    private final String file;

    Prompt(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }
}
