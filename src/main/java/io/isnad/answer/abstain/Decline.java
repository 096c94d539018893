package io.isnad.answer.abstain;

import java.util.Set;

/**
 * A check of {@link Declines} that turns an answer down whatever the abstention model says. The
 * answerer gathers the ones that hold for its chosen sentence into one set, so that the answer
 * path reads a single "is anything against it" and the diagnosis prints each by its {@link #key}.
 */
public enum Decline {
    /**
     * {@link CountDeclines#otherToll}: the quoted figure counts another group than the one asked for; {@link
     * CountDeclines#noDeathTold}: the killed asked of, by a count or a who-question, and no death told.
     */
    OTHER_TOLL("otherToll", Reach.QUOTED),
    /**
     * {@link CountDeclines#noFigure}: a how-many question answered with no figure of its counted noun; {@link
     * CountDeclines#noFigureNamed}: a search-box query naming a count, with no figure; {@link
     * CountDeclines#noRate}: a rate per unit of time asked, none written; {@link CountDeclines#noScore}: a game's
     * score asked, no figure written.
     */
    NO_FIGURE("noFigure", Reach.QUOTED),
    /**
     * {@link OfficeDeclines#otherRole}, {@link OfficeDeclines#otherPortfolio}, {@link OfficeDeclines#otherRank},
     * {@link OfficeDeclines#namedPostOnly}.
     */
    OTHER_ROLE("otherRole", Reach.QUOTED),
    /**
     * {@link TimeDeclines#noTime}, {@link TimeDeclines#noYear}, {@link TimeDeclines#noYears}, {@link
     * TimeDeclines#otherDay}, {@link TimeDeclines#otherWeekday}, {@link TimeDeclines#otherMonth}, {@link
     * TimeDeclines#noDateNamed}, {@link TimeDeclines#noMonth}, {@link TimeDeclines#noDeath}, {@link
     * TimeDeclines#noHour}, {@link TimeDeclines#noCalendarDate}, {@link TimeDeclines#noOfficeTaken}.
     */
    NO_TIME("noTime", Reach.QUOTED),
    /**
     * {@link PlaceDeclines#noKindNamed}: which palace, province, hospital… asked, the quoted sentences naming none;
     * {@link WeaponDeclines#noneNamed}: which weapon asked, the quoted sentences naming none by its kind; {@link
     * FactionDeclines#noneNamed}: which faction asked, the quoted sentences naming none; {@link
     * PlaceDeclines#otherCountrysCapital}: a country's capital asked, the quoted sentences giving only another's;
     * {@link HealthDeclines#noHealthTold}: a state of health asked, the quoted sentences telling none.
     */
    NO_KIND_NAMED("noKindNamed", Reach.QUOTED),
    /**
     * {@link OrdinalDeclines#otherOrdinal}: the quoted sentences write another of the series the question
     * names one of.
     */
    OTHER_ORDINAL("otherOrdinal", Reach.QUOTED),
    /**
     * {@link NumberDeclines#otherNumber}: a question of one noun in the dual or plural, the quoted sentences
     * writing it only in the singular.
     */
    OTHER_NUMBER("otherNumber", Reach.QUOTED),
    /** {@link TimeDeclines#otherEvent}: Arabic, a when-question's words held loosely more than written. */
    OTHER_EVENT("otherEvent", Reach.JUDGED),
    /** {@link Declines#absentPerson}: the question names a person no article mentions. */
    ABSENT_PERSON("absentPerson", Reach.QUESTION),
    /** {@link Declines#unheldName}: a name the articles do not hold. */
    UNHELD_NAME("unheldName", Reach.QUESTION),
    /** {@link Declines#fewWordsHeld}: few, light question words held, the article mentioning them in passing. */
    FEW_WORDS_HELD("fewWordsHeld", Reach.JUDGED),
    /** {@link Declines#loneSentenceArticle}: English, a one-sentence article with no lead. */
    LONE_SENTENCE_ARTICLE("loneSentenceArticle", Reach.JUDGED),
    /** {@link Declines#weakSearchBelowAnother}: English, no passage holds much, judged below the search's first. */
    WEAK_SEARCH_BELOW_ANOTHER("weakSearchBelowAnother", Reach.JUDGED),
    /** {@link Declines#namesElsewhere}: English, names the judged article does not hold, most weight missing. */
    NAMES_ELSEWHERE("namesElsewhere", Reach.JUDGED),
    /**
     * {@link Declines#wordingOnly}: only the question's wording, in an article not about it; {@link
     * Declines#pronounSubjectUnwritten}: only a pronoun for its subject, the judged sentence not pointing at it;
     * {@link Declines#onlyNamingHeld}: English, a name asked, the judged sentence holding only its words of naming;
     * {@link Declines#subjectHeldInPart}: English, its one subject word held only by a word of its translation;
     * {@link Declines#meaningTermUnwritten}: Arabic, a term's meaning asked, the judged sentence not writing the term.
     */
    WORDING_ONLY("wordingOnly", Reach.JUDGED),
    /** {@link Declines#nameInPassing}: Arabic, a name the judged article mentions in passing and nothing else asked. */
    NAME_IN_PASSING("nameInPassing", Reach.JUDGED),
    /** {@link Declines#rareWordsUnwritten}: Arabic, rare words the judged sentence does not write, no lead. */
    RARE_WORDS_UNWRITTEN("rareWordsUnwritten", Reach.JUDGED),
    /** {@link Declines#rareWordsBelowAnother}: Arabic, rare words unwritten, the search's first article another. */
    RARE_WORDS_BELOW_ANOTHER("rareWordsBelowAnother", Reach.JUDGED),
    /**
     * {@link Declines#subjectElsewhere}: Arabic, three question words the judged article never holds, no lead; {@link
     * Declines#rulerUnwritten}: a reign asked of a ruler the judged article never names.
     */
    SUBJECT_ELSEWHERE("subjectElsewhere", Reach.JUDGED),
    /** {@link CountDeclines#countOfAnother}: a count of something the judged article never names. */
    COUNT_OF_ANOTHER("countOfAnother", Reach.JUDGED),
    /**
     * {@link ReportDeclines#wordsOfAnother}: words said, asked of something the judged article never names; {@link
     * ReportDeclines#otherSpeaker}: asked of a speaker none of the quoted sentences' named speakers is; {@link
     * ReportDeclines#partyUnheard}: a yes/no question asking whether its party said something, the same.
     */
    WORDS_OF_ANOTHER("wordsOfAnother", Reach.JUDGED),
    /** {@link Declines#leadOfAnother}: quoted from another article than the judged one, lacking a name it holds. */
    LEAD_OF_ANOTHER("leadOfAnother", Reach.JUDGED),
    /**
     * {@link ReportDeclines#noReply}: a reply or reaction asked, none given; {@link
     * ReportDeclines#noWordsReported}: words said about something asked, none reported; {@link
     * ReportDeclines#meaningUntold}: what quoted words meant asked, nothing said of it; {@link
     * ReportDeclines#noRequest}: whether a request was made asked, none told.
     */
    NO_REPLY("noReply", Reach.QUOTED),
    /** {@link ReasonDeclines#noReason}: a why-question answered by sentences giving no reason. */
    NO_REASON("noReason", Reach.QUOTED),
    /** {@link ReportDeclines#otherTopic}: words said about a topic the first quoted sentence does not hold. */
    OTHER_TOPIC("otherTopic", Reach.JUDGED),
    /**
     * {@link Declines#noPlace}: a where-question judged on a sentence giving no place, covering little of it; {@link
     * PlaceDeclines#noOtherPlace}: a place question whose judged sentence and lead may name no place but its own.
     */
    NO_PLACE("noPlace", Reach.JUDGED),
    /** {@link Declines#placeElsewhere}: an English search-box query naming a place the judged article never holds. */
    PLACE_ELSEWHERE("placeElsewhere", Reach.JUDGED),
    /**
     * {@link Declines#searchWordElsewhere}: an English search-box query's word the judged article never holds, or
     * holds only by a part of its translation of several words; {@link Declines#searchBoxPartyUnwritten}: a
     * search-box query naming a party's statement or office holder, the party not written.
     */
    SEARCH_WORD_ELSEWHERE("searchWordElsewhere", Reach.JUDGED),
    /** {@link PersonDeclines#namedElsewhere}: a person the judged article names, not around the judged sentence. */
    PERSON_ELSEWHERE("personElsewhere", Reach.JUDGED),
    /** {@link PersonDeclines#noneNamed}: a person asked by his office's noun, judged on a sentence naming nobody. */
    NO_PERSON_NAMED("noPersonNamed", Reach.JUDGED),
    /** {@link Declines#heldInDatesOnly}: English, a word the judged sentence holds only in a weekday or a date. */
    HELD_IN_DATES_ONLY("heldInDatesOnly", Reach.JUDGED),
    /** {@link Declines#heldByClippedStemOnly}: English, a word held only by another word of its cut stem. */
    HELD_BY_CLIPPED_STEM("heldByClippedStem", Reach.JUDGED),
    /** {@link YesNoDeclines#givenEventOnly}: a yes/no question judged on the event it takes as given only. */
    GIVEN_EVENT_ONLY("givenEventOnly", Reach.JUDGED),
    /** {@link YesNoDeclines#personUnnamed}: a yes/no question naming a person its judged sentence does not name. */
    PERSON_UNNAMED("personUnnamed", Reach.JUDGED),
    /** {@link YesNoDeclines#partyUnnamed}: an English yes/no question whose party the judged sentence does not name. */
    PARTY_UNNAMED("partyUnnamed", Reach.JUDGED),
    /** {@link YesNoDeclines#askedActUnheld}: a yes/no question whose asked act its judged sentence holds no word of. */
    ACT_UNHELD("actUnheld", Reach.JUDGED),
    /** {@link Declines#noDeedAsked}: an Arabic "what" of a deed put before a noun, asking no deed at all. */
    NO_DEED_ASKED("noDeedAsked", Reach.QUESTION),
    /** {@link Declines#unfinishedNumber}: an Arabic question writing the opening of twelve with no عشر after it. */
    UNFINISHED_NUMBER("unfinishedNumber", Reach.QUESTION);

    /**
     * Adds {@code decline} to {@code declines} when its check {@code holds}: how the extractive answerer and
     * {@link QuotedDeclines} collect the checks that fire, one line per check.
     */
    public static void declineIf(Set<Decline> declines, Decline decline, boolean holds) {
        if (holds) {
            declines.add(decline);
        }
    }

    private final String key;
    private final Reach reach;

    Decline(String key, Reach reach) {
        this.key = key;
        this.reach = reach;
    }

    /** The name the diagnosis and the refit dump write it under. */
    public String key() {
        return key;
    }

    /** What the check reads, and so whether it holds for a model's answer too. */
    public Reach reach() {
        return reach;
    }

    /**
     * What a check reads, which decides whether it turns down a model's answer as it does the extractive one
     * (llm mode, {@code ExtractiveAnswerer.modelDecline}): a model reads the same passages, but not through the
     * extractive reader's choice of a sentence.
     */
    public enum Reach {
        /**
         * The question against the whole corpus: a person or name no article writes, or a sentence's own story
         * with one word swapped for one no article writes. No passage can support an answer about it, so it holds
         * for any answer: a model cannot know an absent person any better than the extractive reader.
         */
        QUESTION,
        /**
         * The sentences the answer quotes ({@link QuotedDeclines}): a model's answer is read on the sentences it
         * cites, which must give the figure, time, office or reply asked as the extractive quote must.
         */
        QUOTED,
        /**
         * The extractive reader's judgment of the sentence it chose, from the evidence its words hold there (how
         * many, how rare, in passing or not): the abstention model's kind of reading, which a model does itself
         * over every passage. Left to the model, which may find the answer in a passage the reader judged less
         * well, or decline.
         */
        JUDGED
    }
}
