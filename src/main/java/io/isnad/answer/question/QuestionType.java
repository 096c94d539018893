package io.isnad.answer.question;

import java.util.Locale;

/** What kind of answer a question asks for. */
public enum QuestionType {
    PERSON, DATE, NUMBER, PLACE, REASON, DESCRIPTION, YESNO, LIST, OTHER;

    /** The name used in JSON and reports: {@code person}, {@code date}... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the answer is a short typed span (a name, a date, a number, a place) a sentence can be checked for. */
    public boolean typed() {
        return this == PERSON || this == DATE || this == NUMBER || this == PLACE;
    }
}
