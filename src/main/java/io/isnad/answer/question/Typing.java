package io.isnad.answer.question;

/** A question's type, whether the noun after "what"/"which" gave it, and whether it asks for a thing's name. */
record Typing(QuestionType type, boolean byNoun, boolean asksName) {

    Typing(QuestionType type, boolean byNoun) {
        this(type, byNoun, false);
    }

    Typing(QuestionType type) {
        this(type, false);
    }
}
