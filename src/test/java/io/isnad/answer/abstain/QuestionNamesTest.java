package io.isnad.answer.abstain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceTerm;

/**
 * An English name is a known place or person written with a capital past the question's first
 * word, or, in a question typed all in lower case, a known person or demonym written anywhere. Each
 * label's pattern is compiled once and kept, so the same label in other questions
 * must still be judged by each question's own spelling.
 */
class QuestionNamesTest {

    private static final List<EvidenceTerm> EVIDENCE = List.of(new EvidenceTerm("tehran", Set.of("طهران"), 3, false),
            new EvidenceTerm("visited", Set.of("زار"), 1, false));

    private static boolean[] names(String question) {
        return QuestionNames.of(QuestionWords.of(question), "", EVIDENCE, null, true);
    }

    @Test
    void eachQuestionIsJudgedByItsOwnCapitals() {
        for (int round = 0; round < 2; round++) {
            assertArrayEquals(new boolean[] {true, false}, names("Who visited Tehran in May?"));
            assertArrayEquals(new boolean[] {false, false}, names("who visited tehran in may?"));
            assertArrayEquals(new boolean[] {false, false}, names("Tehran was visited by whom?"));
            assertArrayEquals(new boolean[] {false, false}, names("Who visited Tehrani friends?"));
            assertArrayEquals(new boolean[] {true, false}, names("Was it tehran or Tehran?"));
        }
    }

    /**
     * A name of several words the lists hold whole reaches the model as one phrase term: it is a name
     * as a one-word name is ("What did Vladimir Putin say…?" over articles that never name him). A
     * phrase the lists do not hold whole (the council's title) is none, though one of its words is.
     */
    @Test
    void aWholeNameOfSeveralWordsIsAName() {
        List<EvidenceTerm> evidence = List.of(new EvidenceTerm("vladimir putin", Set.of("فلاديمير", "بوتين"), 4, false),
                new EvidenceTerm("saudi arabia", Set.of("سعودي", "مملك", "عرب"), 4, false),
                new EvidenceTerm("iran security council", Set.of("مجلس", "امن"), 4, false));
        assertArrayEquals(new boolean[] {true, true, false}, QuestionNames.of(
                QuestionWords.of("What did Vladimir Putin tell Saudi Arabia about the Iran Security Council?"), "", evidence, null, true));
        assertArrayEquals(new boolean[] {false, false, false}, QuestionNames.of(
                QuestionWords.of("What did vladimir putin tell saudi arabia about the iran security council?"), "", evidence, null, true));
    }

    /**
     * A question typed all in lower case, as into a search box, has no capital to tell a name by: a person or a
     * demonym the lists hold whole is a name wherever it stands (the first word too), as an Arabic question's
     * known person or place is. Not a word of a longer name (Near East's "near"), nor a place, which a news
     * question names for its government as often ("tehran called…", above), nor a known word the question does
     * not write. One capital anywhere and the capitals decide again.
     */
    @Test
    void aKnownPersonOrDemonymIsANameInAQuestionTypedAllInLowerCase() {
        List<EvidenceTerm> evidence = List.of(new EvidenceTerm("iraqi", Set.of("عراق"), 4, false),
                new EvidenceTerm("near", Set.of("قرب"), 2, false),
                new EvidenceTerm("aleppo", Set.of("حلب"), 3, false),
                new EvidenceTerm("vladimir putin", Set.of("فلاديمير", "بوتين"), 4, false),
                new EvidenceTerm("militias", Set.of("ميليش"), 3, false));
        assertArrayEquals(new boolean[] {true, false, false, true, false}, QuestionNames.of(QuestionWords.of(
                "iraqi militias near aleppo vladimir putin"), "", evidence, null, true));
        assertArrayEquals(new boolean[] {false, false, false, false, false}, QuestionNames.of(QuestionWords.of(
                "which militias fought there"), "", evidence, null, true));
        assertArrayEquals(new boolean[] {false, false, false, false, false}, QuestionNames.of(QuestionWords.of(
                "Which iraqi militias near aleppo met vladimir putin?"), "", evidence, null, true));
    }

    /**
     * A capitalised compound whose first word is a known place or demonym ("Turkish-backed", which the translator
     * reads as one phrase no list holds) names its state as the bare demonym does; not written with a hyphen and a
     * capital, or led by another word, it is none.
     */
    @Test
    void aHyphenatedCompoundOfAKnownDemonymIsAName() {
        List<EvidenceTerm> evidence = List.of(new EvidenceTerm("turkish backed", Set.of("تركي", "مدعوم"), 4, false));
        assertArrayEquals(new boolean[] {true}, QuestionNames.of(
                QuestionWords.of("Which Turkish-backed factions took part?"), "", evidence, null, true));
        assertArrayEquals(new boolean[] {false}, QuestionNames.of(
                QuestionWords.of("Which turkish-backed factions took part?"), "", evidence, null, true));
        assertArrayEquals(new boolean[] {false}, QuestionNames.of(
                QuestionWords.of("Which Turkish backed factions took part?"), "", evidence, null, true));
        List<EvidenceTerm> other = List.of(new EvidenceTerm("well backed", Set.of("مدعوم"), 4, false));
        assertArrayEquals(new boolean[] {false}, QuestionNames.of(
                QuestionWords.of("Which Well-backed factions took part?"), "", other, null, true));
    }

    /**
     * A noun of place asked for with أي (في أي مدينة) is the kind of place the answer names, though the
     * lexicon knows it as a place (المدينة, the Prophet's city): missing from the article, it had counted
     * as a name the article lacks. A place named in the question still is a name, and so is the noun
     * where a name would stand.
     */
    @Test
    void aNounOfPlaceAskedForWithWhichIsNoName() {
        IndexAnalyzers analyzers = new IndexAnalyzers();
        List<EvidenceTerm> evidence = List.of(arabicTerm(analyzers, "مدينة"), arabicTerm(analyzers, "مصر"));
        assertArrayEquals(new boolean[] {false, true},
                QuestionNames.of(QuestionWords.of("في أي مدينة من مصر ولد نجيب محفوظ؟"), "", evidence, analyzers, false));
        assertArrayEquals(new boolean[] {false, true},
                QuestionNames.of(QuestionWords.of("في أية مدينة من مصر ولد نجيب محفوظ؟"), "", evidence, analyzers, false));
        assertArrayEquals(new boolean[] {true, true},
                QuestionNames.of(QuestionWords.of("ماذا قال وزير مدينة عن مصر؟"), "", evidence, analyzers, false));
    }

    /**
     * An Arabic name of two words the lexicon knows whole (الولايات المتحدة) is, for the in-passing check, a
     * name in each of its words, written with the article or glued to ب or ل; the same words not side by
     * side are common words (the states of طرق ما بين الولايات, a near-miss's وتعني المتحدة). The model's
     * reading ({@link QuestionNames#of}) still reads them word by word.
     */
    @Test
    void anArabicNameOfTwoWordsTheLexiconKnowsWholeIsANameInEachWord() {
        IndexAnalyzers analyzers = new IndexAnalyzers();
        List<EvidenceTerm> evidence = List.of(arabicTerm(analyzers, "عدد"), arabicTerm(analyzers, "الولايات"),
                arabicTerm(analyzers, "المتحدة"));
        for (String question : List.of("ما عدد الجنود في الولايات المتحدة؟", "ما عدد الجنود بالولايات المتحدة؟",
                "ما عدد الجنود التابعين للولايات المتحدة؟")) {
            boolean[] names = QuestionNames.of(QuestionWords.of(question), "", evidence, analyzers, false);
            assertArrayEquals(new boolean[] {false, false, false}, names);
            assertArrayEquals(new boolean[] {false, true, true},
                    QuestionNames.withWholeNames(QuestionWords.of(question), names, evidence, analyzers));
        }
        assertArrayEquals(new boolean[] {false, false, false}, QuestionNames.withWholeNames(
                QuestionWords.of("ما عدد الطرق ما بين الولايات وتعني المتحدة؟"), new boolean[3], evidence, analyzers));
        assertArrayEquals(new boolean[] {true, false, false}, QuestionNames.withWholeNames(
                QuestionWords.of("ما عدد الطرق ما بين الولايات؟"), new boolean[] {true, false, false}, evidence, analyzers));
    }

    /** A person of two words (عبد اللهيان) is no place: its common word stays a word of what is asked. */
    @Test
    void aPersonOfTwoWordsIsNotReadWhole() {
        IndexAnalyzers analyzers = new IndexAnalyzers();
        List<EvidenceTerm> evidence = List.of(arabicTerm(analyzers, "عبد"), arabicTerm(analyzers, "اللهيان"));
        assertArrayEquals(new boolean[] {false, true}, QuestionNames.withWholeNames(QuestionWords.of("متى تحدث عبد اللهيان؟"),
                new boolean[] {false, true}, evidence, analyzers));
    }

    private static EvidenceTerm arabicTerm(IndexAnalyzers analyzers, String word) {
        List<String> forms = analyzers.tokens(IndexField.ARABIC, ArabicTextNormalizer.normalize(word));
        return new EvidenceTerm(forms.get(0), Set.copyOf(forms), 3, false);
    }

    /** The translator reads a hyphen between a name's words as a space, and so does the name's test. */
    @Test
    void aWholeNameIsFoundWithItsWordsHyphenated() {
        List<EvidenceTerm> evidence = List.of(new EvidenceTerm("bashar al assad", Set.of("بشار", "اسد"), 4, false));
        assertArrayEquals(new boolean[] {true}, QuestionNames.of(QuestionWords.of("What did Bashar al-Assad say?"), "", evidence, null, true));
        assertArrayEquals(new boolean[] {true}, QuestionNames.of(QuestionWords.of("What did Bashar al Assad say?"), "", evidence, null, true));
    }

    /** The terms of the question's words at the positions asked (its person words), and of no other word. */
    @Test
    void theTermsOfTheWordsAtThePositionsAsked() {
        List<String> words = List.of("did", "araghchi", "visit", "tehran");
        Predicate<EvidenceTerm> named = QuestionNames.wordsAt(words, List.of(1));
        assertTrue(named.test(new EvidenceTerm("araghchi", Set.of("عراقجي"), 4, false)));
        assertFalse(named.test(EVIDENCE.get(0)), "tehran stands at another position");
        assertFalse(named.test(EVIDENCE.get(1)));
        assertTrue(QuestionNames.wordsAt(words, List.of(1, 3)).test(EVIDENCE.get(0)));
    }
}
