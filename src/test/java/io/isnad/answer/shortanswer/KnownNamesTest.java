package io.isnad.answer.shortanswer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.isnad.ingest.arabic.ArabicPlaceNames;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

class KnownNamesTest {

    @Test
    void aDemonymGivesTheBaseItSharesWithItsCountry() {
        assertEquals(Optional.of(ArabicPlaceNames.demonymBase("سوريا")), nationality("السورية"));
        assertEquals(Optional.of(ArabicPlaceNames.demonymBase("ايران")), nationality("الإيراني"));
        assertEquals(nationality("التركي"), nationality("التركية"), "both genders");
    }

    @Test
    void aCountryACityOrAnotherWordIsNoDemonym() {
        assertEquals(Optional.empty(), nationality("سوريا"));
        assertEquals(Optional.empty(), nationality("حمص"));
        assertEquals(Optional.empty(), nationality("الرسمي"));
        assertEquals(Optional.empty(), nationality("الغربي"), "a side, though the lexicon lists it");
    }

    private static Optional<String> nationality(String word) {
        return KnownNames.nationality(ArabicTextNormalizer.normalize(word));
    }
}
