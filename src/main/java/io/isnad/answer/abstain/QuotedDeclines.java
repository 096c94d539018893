package io.isnad.answer.abstain;

import static io.isnad.answer.abstain.Decline.declineIf;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.isnad.answer.AskedQuestion;

/**
 * The declines read on the sentences an answer quotes, and on nothing else of the answerer's: that they give
 * no figure, time, reply, words said, place, weapon or faction of the asked kind the question asks for, or another
 * toll, office, member of a series or number of the asked noun ({@link Decline.Reach#QUOTED}). The extractive answer
 * reads them on the sentences it quotes with its lead; a model's answer is read on the sentences it cites, which must
 * give what the question asks as much.
 */
public final class QuotedDeclines {

    private QuotedDeclines() {
    }

    /**
     * The declines that hold for an answer quoting {@code quoted} (whole sentences).
     *
     * @param translatedFocus the Arabic forms of an English question's focus words; none for an Arabic question
     * @param tallied the forms of the noun the question counts, as the quoted sentences would write it
     */
    public static Set<Decline> of(AskedQuestion question, List<String> quoted, List<String> translatedFocus,
            List<String> tallied) {
        Set<Decline> declines = EnumSet.noneOf(Decline.class);
        declineIf(declines, Decline.OTHER_TOLL, CountDeclines.otherToll(question, quoted, translatedFocus, tallied)
                || CountDeclines.noDeathTold(question, quoted, translatedFocus));
        declineIf(declines, Decline.NO_FIGURE, CountDeclines.noFigure(question, quoted, tallied)
                || CountDeclines.noFigureNamed(question, quoted, tallied) || CountDeclines.noRate(question, quoted)
                || CountDeclines.noScore(question, quoted));
        declineIf(declines, Decline.OTHER_ROLE, OfficeDeclines.otherRole(question, quoted)
                || OfficeDeclines.otherPortfolio(question, quoted) || OfficeDeclines.otherRank(question, quoted)
                || OfficeDeclines.namedPostOnly(question, quoted) || OfficeDeclines.noRank(question, quoted));
        declineIf(declines, Decline.NO_TIME, TimeDeclines.noTime(question, quoted)
                || TimeDeclines.noYear(question, quoted) || TimeDeclines.noYears(question, quoted)
                || TimeDeclines.otherDay(question, quoted)
                || TimeDeclines.otherWeekday(question, quoted)
                || TimeDeclines.otherMonth(question, quoted) || TimeDeclines.noDateNamed(question, quoted)
                || TimeDeclines.noMonth(question, quoted) || TimeDeclines.noDeath(question, quoted)
                || TimeDeclines.noHour(question, quoted) || TimeDeclines.noCalendarDate(question, quoted)
                || TimeDeclines.noOfficeTaken(question, quoted));
        declineIf(declines, Decline.NO_KIND_NAMED, PlaceDeclines.noKindNamed(question, quoted)
                || WeaponDeclines.noneNamed(question, quoted) || FactionDeclines.noneNamed(question, quoted)
                || PlaceDeclines.otherCountrysCapital(question, quoted) || HealthDeclines.noHealthTold(question, quoted));
        declineIf(declines, Decline.OTHER_ORDINAL, OrdinalDeclines.otherOrdinal(question, quoted));
        declineIf(declines, Decline.OTHER_NUMBER, NumberDeclines.otherNumber(question, quoted));
        declineIf(declines, Decline.NO_REPLY, ReportDeclines.noReply(question, quoted)
                || ReportDeclines.noWordsReported(question, quoted)
                || ReportDeclines.meaningUntold(question, quoted) || ReportDeclines.noRequest(question, quoted));
        declineIf(declines, Decline.NO_REASON, ReasonDeclines.noReason(question, quoted));
        return declines;
    }
}
