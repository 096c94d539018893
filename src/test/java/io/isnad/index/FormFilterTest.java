package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FormFilterTest {

    /** A sentence's worth of forms: its words' stems and their variants. */
    private static final int FORMS = 60;

    @Test
    void everyFormMayBeHeldAndMostOthersAreToldAbsent() {
        Random random = new Random(29);
        Set<String> forms = new HashSet<>();
        while (forms.size() < FORMS) {
            forms.add(word(random));
        }
        FormFilter filter = FormFilter.of(forms.toArray(String[]::new));
        forms.forEach(form -> assertTrue(filter.mayHold(form), form));
        int passed = 0;
        int absent = 0;
        while (absent < 2000) {
            String other = word(random);
            if (!forms.contains(other)) {
                absent++;
                passed += filter.mayHold(other) ? 1 : 0;
            }
        }
        // One word of 64 bits let some 60 % of the absent forms through to the set; 256 bits, a fifth.
        assertTrue(passed < absent * 0.35, passed + " of " + absent + " absent forms passed the filter");
    }

    /** A random word of three to seven Arabic letters. */
    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 3 + random.nextInt(5); i > 0; i--) {
            word.append((char) ('\u0627' + random.nextInt(26)));
        }
        return word.toString();
    }
}
