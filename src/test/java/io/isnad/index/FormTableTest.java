package io.isnad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FormTableTest {

    /** The table answers as a set of the same forms does, for tables of every size up to a long sentence's. */
    @Test
    void holdsExactlyItsForms() {
        Random random = new Random(37);
        for (int size = 0; size <= 130; size++) {
            Set<String> forms = new HashSet<>();
            while (forms.size() < size) {
                forms.add(word(random));
            }
            FormTable table = FormTable.of(forms.toArray(String[]::new));
            forms.forEach(form -> assertTrue(table.contains(form), form));
            for (int i = 0; i < 200; i++) {
                String other = word(random);
                assertEquals(forms.contains(other), table.contains(other), other);
            }
        }
    }

    /** Forms whose hashes collide are told apart by their characters ("Aa" and "BB" share a hash). */
    @Test
    void collidingHashesAreToldApartByTheForm() {
        FormTable table = FormTable.of(new String[] {"Aa", "دمشق", "Aa"});
        assertTrue(table.contains("Aa"));
        assertFalse(table.contains("BB"));
        assertTrue(table.contains("دمشق"));
        assertFalse(FormTable.of(new String[0]).contains("دمشق"));
    }

    /** A random word of one to five Arabic letters, short enough that some recur. */
    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 1 + random.nextInt(5); i > 0; i--) {
            word.append((char) ('\u0627' + random.nextInt(26)));
        }
        return word.toString();
    }
}
