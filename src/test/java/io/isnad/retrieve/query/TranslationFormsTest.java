package io.isnad.retrieve.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TranslationFormsTest {

    @Test
    void aWordOfATranslationOfSeveralWordsIsOnlyPartOfTheTerm() {
        TranslationForms forms = new TranslationForms();
        forms.add(List.of(Set.of("وزير"), Set.of("خارج")));
        forms.add(List.of(Set.of("دبلوماس")));
        assertEquals(Set.of("وزير", "خارج"), forms.partial(Set.of("وزير", "خارج", "دبلوماس")));
        assertEquals(List.of(List.of(Set.of("وزير"), Set.of("خارج"))), forms.phrases());
    }

    @Test
    void aPhraseWhoseEveryWordIsAWholeTranslationIsNoPhrase() {
        TranslationForms forms = new TranslationForms();
        forms.add(List.of(Set.of("حرب"), Set.of("اهل")));
        forms.add(List.of(Set.of("حرب")));
        forms.add(List.of(Set.of("اهل")));
        assertEquals(List.of(), forms.phrases());
        assertEquals(Set.of(), forms.partial(Set.of("حرب", "اهل")));
    }

    @Test
    void aStemAOneWordTranslationReachesOnlyByLosingItsFinalAnIsClipped() {
        TranslationForms forms = new TranslationForms();
        forms.read("اعلان", List.of("اعل"));
        forms.read("يعلن", List.of("يعلن"));
        forms.read("مكان", List.of("مك"));
        forms.read("وقف اطلاق", List.of("وقف", "اطلاق"));
        assertEquals(Set.of("اعل", "مك"), forms.clipped());
        forms.read("اعلي", List.of("اعل"));
        assertEquals(Set.of("مك"), forms.clipped(), "another translation reaches اعل whole");
    }
}
