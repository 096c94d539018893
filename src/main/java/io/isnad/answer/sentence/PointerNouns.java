package io.isnad.answer.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.index.Caches;
import io.isnad.index.IndexAnalyzers;
import io.isnad.index.SentenceTokens;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The nouns by which a sentence points back at a thing an earlier sentence of its story names in full: a definite
 * noun after a demonstrative (هذه الجماعة، هذه الطائرات), or a definite noun among a sentence's first {@value
 * SentenceChooser#POINTER_WORDS} words that stands bare, with no adjective, name or genitive after it to say which one
 * it is (ورداً على الهجوم،: a comma, the sentence's end or a preposition follows). News names an event or a group in
 * full once ("استهدفت… حفل تخريج طلاب ضباط الكلية الحربية في حمص") and then opens a line on "the attack", which
 * tells what followed and is read with the passage naming it ({@link SentenceChooser}). Further on, a bare definite
 * noun is as often the same word said again ("…فاز بالسباق في عمر 38") as a pointer.
 */
final class PointerNouns {

    /**
     * The analysed pointing nouns of each sentence, by sentence (its identity: a snapshot keeps an article's
     * sentences while it caches the article), with the analysis that read them. Every passage reads its section's
     * later sentences again, for every question it is retrieved for: folding them and reading their first words anew
     * each time was 6% of {@code /api/ask}'s samples on the seeds, most of the fifty-fifth round's cost there
     * (docs/performance.md, "perf55").
     */
    private static final Cache<SentenceTokens, Pointing> POINTING = Caches.builder().weakKeys()
            .maximumSize(50_000).build();

    private PointerNouns() {
    }

    /** A sentence's pointing nouns read as one clause by {@code analyzers}; none when it has none. */
    private record Pointing(IndexAnalyzers analyzers, Optional<SentenceTokens> nouns) {
    }

    /**
     * The pointing nouns of the sentence {@code text} whose tokens are {@code sentence}, read as one clause ({@link
     * ClauseTokens}) by {@code analyzers}, computed once per sentence; empty when it has none.
     */
    static Optional<SentenceTokens> tokens(SentenceTokens sentence, String text, IndexAnalyzers analyzers) {
        Pointing known = POINTING.getIfPresent(sentence);
        if (known == null || known.analyzers() != analyzers) {
            List<String> pointers = of(text);
            known = new Pointing(analyzers, pointers.isEmpty() ? Optional.empty()
                    : Optional.of(ClauseTokens.of(String.join(" ", pointers), analyzers)));
            POINTING.put(sentence, known);
        }
        return known.nouns();
    }

    /** The pointing nouns of {@code text}, folded ({@link ArabicTextNormalizer#normalize}), in order. */
    static List<String> of(String text) {
        String folded = ArabicTextNormalizer.normalize(text);
        Matcher word = ArabicTextNormalizer.UNPUNCTUATED_WORD.matcher(folded);
        List<String> pointers = new ArrayList<>();
        String previous = null;
        for (int n = 0; word.find(); n++) {
            String current = word.group();
            if (ArabicProclitics.startsWithArticle(current)
                    && (previous != null && ArabicStopWords.DEMONSTRATIVES.contains(previous)
                            || n < SentenceChooser.POINTER_WORDS && bare(folded, word.end()))) {
                pointers.add(current);
            }
            previous = current;
        }
        return pointers;
    }

    /** Whether what follows a word ending at {@code end} leaves it bare: a punctuation mark, the end, a preposition. */
    private static boolean bare(String folded, int end) {
        int next = end;
        while (next < folded.length() && Character.isWhitespace(folded.charAt(next))) {
            next++;
        }
        if (next == folded.length() || !Character.isLetterOrDigit(folded.codePointAt(next))) {
            return true;
        }
        Matcher following = ArabicTextNormalizer.UNPUNCTUATED_WORD.matcher(folded);
        return following.find(next) && ArabicStopWords.PREPOSITIONS.contains(following.group());
    }
}
