package io.isnad.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class AnswerSentencesTest {

    @Test
    void markersStayWithTheSentenceTheyFollow() {
        assertEquals(List.of("He met Assad [1].", "Then Ankara. [2][3]", "Cost 3.5 billion?"),
                AnswerSentences.split("He met Assad [1]. Then Ankara. [2][3] Cost 3.5 billion?"));
    }

    @Test
    void arabicQuestionMarkEndsASentence() {
        assertEquals(List.of("من التقى؟ [1]", "عراقجي."), AnswerSentences.split("من التقى؟ [1] عراقجي."));
    }

    @Test
    void aQuotedClauseEndingInAnEllipsisIsASentenceOnlyWhenMarkersFollowIt() {
        assertEquals(List.of("…قتل بهجوم في حلب… [1]", "وأكدت الوكالة مقتله. [2]"),
                AnswerSentences.split("…قتل بهجوم في حلب… [1] وأكدت الوكالة مقتله. [2]"));
        assertEquals(List.of("He paused… then spoke [1]."), AnswerSentences.split("He paused… then spoke [1]."));
    }

    @Test
    void aSentenceQuotedInTwoPartsIsOneSentence() {
        assertEquals(List.of("ألبرت أينشتاين … [1] …ولقد حاز على جائزة نوبل… [2] [3]", "وأكدت الوكالة. [4]"),
                AnswerSentences.split("ألبرت أينشتاين … [1] …ولقد حاز على جائزة نوبل… [2] [3] وأكدت الوكالة. [4]"));
        assertEquals(List.of("…قتل بهجوم في حلب… [1]", "…وأكدت الوكالة مقتله. [2]"),
                AnswerSentences.split("…قتل بهجوم في حلب… [1] …وأكدت الوكالة مقتله. [2]"),
                "a cut sentence and a cut one after it stay two");
    }

    @Test
    void aFullStopAfterAnInitialOrAnAbbreviationDoesNotEndTheSentence() {
        assertEquals(List.of("يضم الحي جادة كيرني المسماة باسم المليونير م. ثيو كيرني. [1]", "وتمتد غربا. [2]"),
                AnswerSentences.split("يضم الحي جادة كيرني المسماة باسم المليونير م. ثيو كيرني. [1] وتمتد غربا. [2]"));
        assertEquals(List.of("Dr. Smith met U.S. officials [1].", "Then left."),
                AnswerSentences.split("Dr. Smith met U.S. officials [1]. Then left."));
    }

    @Test
    void markersAreRemovedWithTheSpaceBeforeThem() {
        assertEquals("He met Assad.", AnswerSentences.withoutMarkers("He met Assad [1, 2]."));
    }
}
