package io.isnad.answer.abstain;

/**
 * A check of {@link Declines} that turns an answer down whatever the abstention model says. The
 * answerer gathers the ones that hold for its chosen sentence into one set, so that the answer
 * path reads a single "is anything against it" and the diagnosis prints each by its {@link #key}.
 */
public enum Decline {
    /** {@link CountDeclines#otherToll}: the quoted figure counts another group than the one asked for. */
    OTHER_TOLL("otherToll"),
    /**
     * {@link CountDeclines#noFigure}: a how-many question answered with no figure of its counted noun; {@link
     * CountDeclines#noFigureNamed}: a search-box query naming a count, with no figure.
     */
    NO_FIGURE("noFigure"),
    /** {@link OfficeDeclines#otherRole}, {@link OfficeDeclines#otherPortfolio}, {@link OfficeDeclines#otherRank}. */
    OTHER_ROLE("otherRole"),
    /**
     * {@link TimeDeclines#noTime}, {@link TimeDeclines#noYear}, {@link TimeDeclines#otherDay}, {@link
     * TimeDeclines#otherMonth}, {@link TimeDeclines#noDateNamed}.
     */
    NO_TIME("noTime"),
    /**
     * {@link OrdinalDeclines#otherOrdinal}: the quoted sentences write another of the series the question
     * names one of.
     */
    OTHER_ORDINAL("otherOrdinal"),
    /**
     * {@link NumberDeclines#otherNumber}: a question of one noun in the dual or plural, the quoted sentences
     * writing it only in the singular.
     */
    OTHER_NUMBER("otherNumber"),
    /** {@link TimeDeclines#otherEvent}: Arabic, a when-question's words held loosely more than written. */
    OTHER_EVENT("otherEvent"),
    /** {@link Declines#absentPerson}: the question names a person no article mentions. */
    ABSENT_PERSON("absentPerson"),
    /** {@link Declines#unheldName}: a name the articles do not hold. */
    UNHELD_NAME("unheldName"),
    /** {@link Declines#fewWordsHeld}: few, light question words held, the article mentioning them in passing. */
    FEW_WORDS_HELD("fewWordsHeld"),
    /** {@link Declines#loneSentenceArticle}: English, a one-sentence article with no lead. */
    LONE_SENTENCE_ARTICLE("loneSentenceArticle"),
    /** {@link Declines#namesElsewhere}: English, names the judged article does not hold, most weight missing. */
    NAMES_ELSEWHERE("namesElsewhere"),
    /** {@link Declines#wordingOnly}: Arabic, only the question's wording, in an article not about it. */
    WORDING_ONLY("wordingOnly"),
    /** {@link Declines#nameInPassing}: Arabic, a name the judged article mentions in passing and nothing else asked. */
    NAME_IN_PASSING("nameInPassing"),
    /** {@link Declines#rareWordsUnwritten}: Arabic, rare words the judged sentence does not write, no lead. */
    RARE_WORDS_UNWRITTEN("rareWordsUnwritten"),
    /** {@link Declines#rareWordsBelowAnother}: Arabic, rare words unwritten, the search's first article another. */
    RARE_WORDS_BELOW_ANOTHER("rareWordsBelowAnother"),
    /** {@link Declines#subjectElsewhere}: Arabic, three question words the judged article never holds, no lead. */
    SUBJECT_ELSEWHERE("subjectElsewhere"),
    /** {@link CountDeclines#countOfAnother}: a count of something the judged article never names. */
    COUNT_OF_ANOTHER("countOfAnother"),
    /** {@link ReportDeclines#wordsOfAnother}: words said, asked of something the judged article never names. */
    WORDS_OF_ANOTHER("wordsOfAnother"),
    /** {@link Declines#leadOfAnother}: quoted from another article than the judged one, lacking a name it holds. */
    LEAD_OF_ANOTHER("leadOfAnother"),
    /** {@link ReportDeclines#noReply}: a reply or reaction asked, none given. */
    NO_REPLY("noReply"),
    /** {@link ReportDeclines#otherTopic}: words said about a topic the first quoted sentence does not hold. */
    OTHER_TOPIC("otherTopic"),
    /** {@link Declines#noPlace}: a where-question judged on a sentence giving no place, covering little of it. */
    NO_PLACE("noPlace"),
    /** {@link Declines#placeElsewhere}: an English search-box query naming a place the judged article never holds. */
    PLACE_ELSEWHERE("placeElsewhere");

    private final String key;

    Decline(String key) {
        this.key = key;
    }

    /** The name the diagnosis and the refit dump write it under. */
    public String key() {
        return key;
    }
}
