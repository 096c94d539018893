package io.isnad.answer.question;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An English question that asks its question word through the story it is asked of: "Does it say who was behind
 * the attack?", "Did the report mention where…", "Do we know when…". The frame is wording, as "according to the
 * article" is: what is asked is the question from its question word on, and a yes would not answer it. Asked whole,
 * the question was typed yes/no and searched by its verb of telling ("say" found the spokesman's "وقال"), so a
 * follow-up so worded got the sentence just shown back, or a speaker's, though neither names anybody behind the
 * attack (docs/answers.md, "fu57b"). Only a frame whose subject is the story itself ({@link
 * SourceQuestion#ENGLISH_STORY}, "it") or the asker ("we"): "Did the Syrian army say who the friendly forces were?"
 * asks what the army said, its subject part of the question.
 */
public final class IndirectQuestion {

    /** The verbs of telling or knowing a frame asks its question word after. */
    private static final Set<String> TELLING = Set.of("say", "mention", "tell", "state", "report", "specify",
            "reveal", "explain", "know");
    /** The question words a frame may ask: the typer's, and "when", which it reads apart. */
    private static final Set<String> ASKED = Stream.concat(EnglishQuestionTyper.EN_QUESTION_WORDS.stream(),
            Stream.of("when")).collect(Collectors.toUnmodifiableSet());
    /**
     * An opening conjunction, an auxiliary, its subject (it, we, or "the" and a noun: group 2), a verb (group 3),
     * "us", and the next word (group 4).
     */
    private static final Pattern FRAME = Pattern.compile("^\\s*(?:(?:and|but|so)\\s+)?(?:does|did|do)\\s+"
            + "(it|we|the\\s+(\\p{L}+))\\s+(\\p{L}+)\\s+(?:us\\s+)?(\\p{L}+)\\b", Pattern.CASE_INSENSITIVE);

    private IndirectQuestion() {
    }

    /** {@code question} from its question word on when a frame asks it ({@link IndirectQuestion}), else itself. */
    public static String unframed(String question) {
        Matcher m = FRAME.matcher(question);
        if (!m.find()) {
            return question;
        }
        String subject = m.group(2) == null ? m.group(1) : m.group(2);
        boolean story = m.group(2) == null || SourceQuestion.ENGLISH_STORY.contains(subject.toLowerCase(Locale.ROOT));
        boolean asked = TELLING.contains(m.group(3).toLowerCase(Locale.ROOT))
                && ASKED.contains(m.group(4).toLowerCase(Locale.ROOT));
        return story && asked ? question.substring(m.start(4)) : question;
    }
}
