package io.isnad.answer.abstain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.isnad.answer.question.QuestionRoles;
import io.isnad.answer.question.QuestionRoles.Role;
import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.retrieve.EvidenceTerm;

/**
 * The part ({@link QuestionRoles}) each evidence term plays in its question, found through the
 * question words whose analysed forms the term holds (an English term by its label).
 */
public final class TermRoles {

    private TermRoles() {
    }

    /**
     * Per term of {@code evidence}: {@link Role#HEAD} when some question word it stands for is in the
     * head, {@link Role#QUALIFIER} when every such word is a qualifier, else {@link Role#CORE}.
     */
    public static Role[] of(String question, List<EvidenceTerm> evidence, IndexAnalyzers analyzers) {
        QuestionRoles roles = QuestionRoles.of(question);
        List<Set<String>> keys = new ArrayList<>();
        for (String word : roles.words()) {
            Set<String> k = new HashSet<>(analyzers.tokens(IndexField.ARABIC, word));
            k.addAll(analyzers.tokens(IndexField.ENGLISH, word));
            k.add(word);
            keys.add(k);
        }
        Role[] out = new Role[evidence.size()];
        for (int t = 0; t < out.length; t++) {
            EvidenceTerm term = evidence.get(t);
            Set<String> names = new HashSet<>(term.forms());
            String label = term.label().toLowerCase(Locale.ROOT);
            names.add(label);
            names.addAll(List.of(label.split("\\s+")));
            boolean matched = false;
            boolean head = false;
            boolean qualifierOnly = true;
            for (int w = 0; w < keys.size(); w++) {
                if (keys.get(w).stream().anyMatch(names::contains)) {
                    matched = true;
                    head |= roles.roles().get(w) == Role.HEAD;
                    qualifierOnly &= roles.roles().get(w) == Role.QUALIFIER;
                }
            }
            out[t] = head ? Role.HEAD : matched && qualifierOnly ? Role.QUALIFIER : Role.CORE;
        }
        return out;
    }
}
