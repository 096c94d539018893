package io.isnad.answer.question;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import io.isnad.ingest.arabic.ArabicSourceWords;
import io.isnad.ingest.arabic.ArabicSourceWords.Kind;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * A question that asks where a news story comes from ("netanyahu trump inauguration video story source",
 * "which news site ran the story on shamkhani…", "شو مصدر خبر…"): its answer is the line crediting the
 * story (the source line, the site's name closing it), which the index leaves out, so the question's
 * other words find the story and the credit lines answer. A question asks so when it names a story
 * (or a verb of publishing with a pronoun standing for it: "وش الموقع اللي نشرها") and either its source or
 * an outlet with a verb of publishing; an outlet that "reported" something
 * without a story named ("Which news agencies reported Pourhashemi's death?") is asked of the story text,
 * as is a source that is no story's ("the usual source of heat"). A story with a noun of its writer ("byline on
 * the araghchi assad damascus meeting story", "شو اسم كاتب المقال عن…") asks its by-line: a source line names an
 * outlet, no writer.
 *
 * @param topic the question without the words that ask the source, to find the story by
 * @param asksAuthor whether the question asks who wrote the story rather than where it comes from
 */
public record SourceQuestion(String topic, boolean asksAuthor) {

    /** The English words naming a story, one of which every source question holds. */
    static final List<String> ENGLISH_STORY = List.of("story", "stories", "article", "articles", "report",
            "reports", "piece", "pieces", "news");
    /** English words of a source question by what they name (Arabic ones: {@link ArabicSourceWords}). */
    private static final Map<String, Kind> ENGLISH = english();

    /**
     * What the question asks of a story, when it asks for its source or its writer and has other words to find
     * the story by; empty otherwise.
     */
    public static Optional<SourceQuestion> of(String question) {
        if (!namesStory(question)) {
            return Optional.empty();
        }
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        boolean words = false;
        Matcher m = ArabicTextNormalizer.LETTER_WORD.matcher(question);
        while (m.find()) {
            Optional<Kind> kind = kind(m.group());
            kind.ifPresent(kinds::add);
            words |= kind.isEmpty();
            if (kind.isPresent() && ArabicSourceWords.publishesIt(ArabicTextNormalizer.normalize(m.group()))) {
                kinds.add(Kind.STORY);
            }
        }
        boolean source = kinds.contains(Kind.SOURCE) || kinds.contains(Kind.OUTLET) && kinds.contains(Kind.PUBLISHING);
        boolean author = !source && kinds.contains(Kind.AUTHOR);
        return kinds.contains(Kind.STORY) && (source || author) && words
                ? Optional.of(new SourceQuestion(withoutAskingWords(question), author)) : Optional.empty();
    }

    /**
     * Whether the folded question holds a story word anywhere, glued or not: a word naming a story holds one
     * of them, so a question without any asks no source. Read first because every question is asked this;
     * the fold of the whole question is one pass where reading each word's kind is a fold and look-ups per
     * word (docs/performance.md, "The forty-second round merged").
     */
    private static boolean namesStory(String question) {
        String folded = ArabicTextNormalizer.normalize(question).toLowerCase(Locale.ROOT);
        if (ArabicSourceWords.namesStory(folded)) {
            return true;
        }
        // A loop, not a stream: nearly every question is read to its end here.
        for (String story : ENGLISH_STORY) {
            if (folded.contains(story)) {
                return true;
            }
        }
        return false;
    }

    /** The question without the words that ask a story's source, as written otherwise. */
    private static String withoutAskingWords(String question) {
        StringBuilder topic = new StringBuilder();
        Matcher m = ArabicTextNormalizer.LETTER_WORD.matcher(question);
        while (m.find()) {
            m.appendReplacement(topic, kind(m.group()).isPresent() ? "" : Matcher.quoteReplacement(m.group()));
        }
        return m.appendTail(topic).toString().replaceAll("\\s+", " ").strip();
    }

    private static Optional<Kind> kind(String word) {
        String folded = ArabicTextNormalizer.normalize(word).toLowerCase(Locale.ROOT);
        Kind english = ENGLISH.get(folded);
        return english != null ? Optional.of(english) : ArabicSourceWords.of(folded);
    }

    /** Not "reported", the verb: "Which agency reported that…" asks the story text who said it. */
    private static Map<String, Kind> english() {
        Map<String, Kind> words = new HashMap<>();
        ENGLISH_STORY.forEach(w -> words.put(w, Kind.STORY));
        Stream.of("source", "sources").forEach(w -> words.put(w, Kind.SOURCE));
        Stream.of("site", "sites", "website", "websites", "outlet", "outlets", "newspaper", "newspapers", "paper",
                "papers", "publication", "publications", "agency", "agencies", "channel", "channels", "network",
                "networks").forEach(w -> words.put(w, Kind.OUTLET));
        Stream.of("ran", "run", "runs", "published", "publishes", "publish", "carried", "carries", "carry", "posted",
                "printed", "broke").forEach(w -> words.put(w, Kind.PUBLISHING));
        Stream.of("byline", "bylines", "author", "authors", "writer", "writers", "reporter", "reporters", "journalist",
                "journalists", "correspondent", "correspondents").forEach(w -> words.put(w, Kind.AUTHOR));
        return Map.copyOf(words);
    }
}
