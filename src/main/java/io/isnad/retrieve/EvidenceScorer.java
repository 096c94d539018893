package io.isnad.retrieve;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.isnad.index.SentenceTokens;
import io.isnad.ingest.Article;
import io.isnad.ingest.Sentence;
import io.isnad.ingest.arabic.ArabicHunspellStems;

/**
 * Measures how much of a question's evidence a sentence holds: the idf-weighted share of evidence
 * terms it contains. Names are matched fuzzily (small edit distance, or inside a compound), since
 * one person is often spelt several ways; an Arabic word of the same root (a broken plural, a
 * derived form the light stem does not reduce: أطفال / طفل، محذراً / حذر) counts less than the
 * same stem; terms found only in the neighbouring sentences count partly, because a news sentence
 * often names its subject one sentence earlier. Where Hunspell's Arabic dictionary is installed,
 * candidate sentences are also {@linkplain #ranking ranked} with a word sharing a Hunspell stem
 * with the term (فاز / فازوا، تحد / يحدها) counting as a root match does, and so, everywhere, is a
 * word sharing a weak-root key with an Arabic term, and a three-letter present tense in the other person (تحد /
 * يحد) as a conjugation ({@link StemWidening}); judged, a sentence holding
 * a term only by such a key counts it as a root match where its article holds the question's other
 * words ({@link WeakRootExcuse}). Judged, a word of the term's derived verb of form X (استخدام / مستخدمة) counts
 * more than a root match and less than a conjugation ({@link #DERIVED_STEM_CREDIT}).
 */
public final class EvidenceScorer {

    private static final double NEIGHBOUR_CREDIT = 0.3;
    static final double FUZZY_CREDIT = 0.8;
    /** A word of the same root is weaker evidence than a spelling variant of the same stem. */
    static final double ROOT_CREDIT = 0.3;
    /**
     * A word of the same derived verb form (استخدام / مستخدمة، تستعمل / باستعمال: {@link TermForms#heldByDerivedStem}):
     * the same word in another part of speech, surer than a root shared by many derivations, and still less than
     * a conjugation ({@value #FUZZY_CREDIT}), which {@link #writtenIn} reads as the word written.
     */
    static final double DERIVED_STEM_CREDIT = 0.6;
    /**
     * A word sharing a Hunspell stem with the term, when ranking: another form of the same word,
     * as a root match is. More (0.8, a conjugation's credit) ranked worse sentences first on the
     * tuning parts (docs/answers.md, "Sixteenth round: Arabic morphology through Hunspell").
     */
    static final double STEM_CREDIT = ROOT_CREDIT;
    /**
     * A name's bound words, in a sentence holding its last word ({@link NamePhrases}): the surname
     * names the person as a spelling variant does. 0.5 and 1 answered the same on arcd-train
     * (docs/answers.md, "Twentieth round: a surname for the whole name").
     */
    static final double NAME_CREDIT = FUZZY_CREDIT;
    /** The longest form that holds a term only loosely ({@link #looselyHeld}): a light stem of three letters. */
    private static final int LOOSE_FORM = 3;
    private final List<EvidenceTerm> evidence;
    private final double totalWeight;
    /**
     * Per sentence, how well it matches each term: a function of the terms' forms, not of their
     * weights, so a {@link #reweighted} scorer shares it.
     */
    private final Map<SentenceTokens, double[]> matchCache;
    /** Per evidence term, its forms as a sentence is compared with them, and their root skeletons. */
    private final List<TermForms> termForms;
    /**
     * Whether a word of a translation of several counts only as its share ({@link #strict}). A term
     * typed as a phrase ({@link EvidenceTerm#typedAsPhrase}) is matched so by every scorer: judged
     * whole by one word, "national anthem" was held by any sentence saying الوطني, where "national"
     * and "anthem" read word by word are two terms, one of them missing, and English questions over
     * articles that never name a national anthem or a Super Bowl were answered from a sentence
     * holding one common word of the phrase (docs/answers.md, "Twenty-ninth round, second part").
     */
    private final boolean strict;
    /** Hunspell's Arabic stems for {@link #ranking}, where the dictionary is installed. */
    private final Optional<ArabicHunspellStems> stems;
    /**
     * For a ranking scorer with Hunspell stems: the scorer whose matches it widens with them, so a
     * sentence is matched once for judging and ranking alike; else null.
     */
    private final StemWidening widening;
    /** The question's names of several words, each held whole by a sentence holding its last word. */
    private final NamePhrases names;
    /** The terms a judged sentence holds by a weak-root key only, taken for root matches. */
    private final WeakRootExcuse excuse;

    /** A scorer that ranks without Hunspell stems. */
    public EvidenceScorer(List<EvidenceTerm> evidence) {
        this(evidence, Optional.empty());
    }

    /**
     * @param stems Hunspell's Arabic stems, widening the {@link #ranking} scorer's matches only:
     *        judged by them too (retrieval's re-ranking, the abstention features), questions asked
     *        over the wrong articles and near misses looked supported (docs/answers.md, "Sixteenth
     *        round: Arabic morphology through Hunspell")
     */
    public EvidenceScorer(List<EvidenceTerm> evidence, Optional<ArabicHunspellStems> stems) {
        this(evidence, new IdentityHashMap<>(), TermForms.of(evidence), false, stems, null,
                NamePhrases.NONE);
    }

    private EvidenceScorer(List<EvidenceTerm> evidence, Map<SentenceTokens, double[]> matchCache,
            List<TermForms> termForms, boolean strict, Optional<ArabicHunspellStems> stems, StemWidening widening,
            NamePhrases names) {
        this.evidence = evidence;
        this.totalWeight = evidence.stream().mapToDouble(EvidenceTerm::weight).sum();
        this.matchCache = matchCache;
        this.termForms = termForms;
        this.strict = strict;
        this.stems = stems;
        this.widening = widening;
        this.names = names;
        this.excuse = new WeakRootExcuse(evidence, termForms, ROOT_CREDIT);
    }

    /**
     * This scorer with {@code names} credited: a sentence holding a name's last word exactly holds
     * its other words too, at {@link #NAME_CREDIT}. A paragraph goes on with the surname of the
     * person its article's first paragraph names in full.
     */
    EvidenceScorer withNames(NamePhrases names) {
        if (names.runs().isEmpty() && this.names.runs().isEmpty()) {
            return this;
        }
        return new EvidenceScorer(evidence, new IdentityHashMap<>(), termForms, strict, stems, null, names);
    }

    /**
     * A scorer of the same terms in which a word of a translation of several words counts only as
     * its share of them: "وزارة الخارجية" holds half of "foreign minister" (وزير الخارجية), where
     * this scorer counts it whole. This scorer itself when no term has such a translation (every
     * Arabic question).
     */
    public EvidenceScorer strict() {
        if (strict || evidence.stream().allMatch(t -> t.phrases().isEmpty())) {
            return this;
        }
        return new EvidenceScorer(evidence, new IdentityHashMap<>(), termForms, true, stems, null, names);
    }

    /**
     * The scorer candidate sentences are ranked by: {@link #strict}, with each term weighted by its
     * {@link EvidenceTerm#rankWeight}. An English question's translated word is judged (abstention,
     * retrieval) by the idf of its rarest form, which is nearly always a synonym or the English
     * spelling the corpus lacks, so "first", "used" or "came" weigh as much as a name; ranked by a
     * weight that also reads its commonest form, a sentence holding the question's rarer words is
     * no longer outranked by one holding its common ones (docs/answers.md, "Fourteenth round: the
     * article cited"). This scorer's strict form itself when every term ranks by its weight (every
     * Arabic question) and nothing widens its matches. A word sharing a Hunspell stem or a weak-root
     * key ({@link WeakRootKeys}) with a term counts as a root match here only: judged by them too (the
     * abstention features), near-miss questions, which keep their source question's verb, were
     * answered as often as their answerable twins gained (docs/answers.md, "Twenty-fourth round,
     * second wave: weak and doubled roots").
     */
    public EvidenceScorer ranking() {
        EvidenceScorer strictScorer = strict();
        boolean sameWeights = evidence.stream().allMatch(t -> t.rankWeight() == t.weight());
        List<EvidenceTerm> ranked = sameWeights ? evidence
                : evidence.stream().map(t -> t.withWeight(t.rankWeight())).toList();
        Optional<StemWidening> widened = StemWidening.of(strictScorer, evidence, stems);
        if (widened.isPresent()) {
            return new EvidenceScorer(ranked, new IdentityHashMap<>(), termForms, strictScorer.strict, Optional.empty(),
                    widened.get(), names);
        }
        if (sameWeights) {
            return strictScorer;
        }
        return new EvidenceScorer(ranked, strictScorer.matchCache, termForms, strictScorer.strict, stems, null,
                names);
    }

    /**
     * A scorer of {@code terms}, reusing what this one has matched so far when they are its terms
     * with other weights (a follow-up's carried words count less when choosing the answer than
     * when searching): the answer stage then scores again none of the sentences the re-ranking of
     * the passages scored. Not thread-safe, like this scorer: both serve one question.
     */
    public EvidenceScorer reweighted(List<EvidenceTerm> terms) {
        if (terms == evidence) {
            return this;
        }
        if (terms.size() != evidence.size()) {
            return new EvidenceScorer(terms, stems);
        }
        for (int t = 0; t < terms.size(); t++) {
            EvidenceTerm mine = evidence.get(t);
            EvidenceTerm theirs = terms.get(t);
            if (mine.fuzzy() != theirs.fuzzy() || !mine.forms().equals(theirs.forms())) {
                return new EvidenceScorer(terms, stems);
            }
        }
        return new EvidenceScorer(terms, matchCache, termForms, strict, stems, null, names);
    }

    public boolean hasEvidence() {
        return totalWeight > 0;
    }

    /**
     * Coverage between 0 and 1 of one sentence of {@code article}, with the sentences beside it in
     * the same section as context.
     *
     * @param tokens the article's sentence tokens, by sentence index ({@code Corpus.sentenceTokens})
     */
    public double coverage(Article article, List<SentenceTokens> tokens, Sentence sentence) {
        return assess(article, tokens, sentence).coverage();
    }

    /** Coverage and the largest missing term of one sentence of {@code article}, in its context. */
    public Assessment assess(Article article, List<SentenceTokens> tokens, Sentence sentence) {
        return assess(tokens.get(sentence.index()), neighbours(article, tokens, sentence), () -> foundIn(tokens));
    }

    /**
     * {@link #assess(Article, List, Sentence)}, with {@code check}, this scorer's {@link #missingFrom}
     * of the same article, telling which terms the article holds: they are not looked for again.
     */
    public Assessment assess(Article article, List<SentenceTokens> tokens, Sentence sentence, ArticleCheck check) {
        return assess(tokens.get(sentence.index()), neighbours(article, tokens, sentence), check::found);
    }

    /**
     * The weight share of the heaviest of the {@code asked} evidence terms that one sentence of
     * {@code article} and the sentences beside it hold only loosely or not at all, as
     * {@link Assessment#largestMissing} counts a term: held firmly is a form of the term itself of
     * more than {@value #LOOSE_FORM} letters, not a word of a translation of several. A light stem
     * that short is shared by unrelated words (عملة and عمليات both give عمل), and a spelling
     * variant, a word of the same root or one word of "defence minister" is another word as often
     * as the asked one; for the noun a question asks about (the currency, the president) such a
     * match is what makes an unrelated sentence look answered.
     *
     * @param asked per evidence term, whether it stands for the noun the question asks about
     */
    public double looselyHeld(Article article, List<SentenceTokens> tokens, Sentence sentence, boolean[] asked) {
        return looselyHeld(tokens.get(sentence.index()), neighbours(article, tokens, sentence), asked);
    }

    double looselyHeld(SentenceTokens sentence, List<SentenceTokens> neighbours, boolean[] asked) {
        if (!hasEvidence()) {
            return 0;
        }
        List<SentenceTokens> around = new ArrayList<>(neighbours);
        around.add(sentence);
        double largest = 0;
        for (int t = 0; t < evidence.size(); t++) {
            if (asked[t] && !firmlyHeld(termForms.get(t), around)) {
                largest = Math.max(largest, evidence.get(t).weight() / totalWeight);
            }
        }
        return largest;
    }

    private static boolean firmlyHeld(TermForms term, List<SentenceTokens> sentences) {
        for (String form : term.forms()) {
            if (form.length() > LOOSE_FORM && !term.partial().contains(form)
                    && sentences.stream().anyMatch(s -> s.holds(form))) {
                return true;
            }
        }
        return false;
    }

    private static List<SentenceTokens> neighbours(Article article, List<SentenceTokens> tokens, Sentence sentence) {
        List<SentenceTokens> neighbours = new ArrayList<>(2);
        for (int i : new int[] {sentence.index() - 1, sentence.index() + 1}) {
            if (i >= 0 && i < tokens.size() && article.sentences().get(i).section() == sentence.section()) {
                neighbours.add(tokens.get(i));
            }
        }
        return neighbours;
    }

    /** Coverage between 0 and 1 of {@code sentence}, with {@code neighbours} as context. */
    public double coverage(SentenceTokens sentence, List<SentenceTokens> neighbours) {
        return assess(sentence, neighbours).coverage();
    }

    /**
     * Coverage between 0 and 1 of a text given in parts (the clauses of a sentence), without
     * context: each term counts by its best match in any part. Each part is matched once, however
     * many runs of parts are scored.
     */
    public double coverageOfParts(List<SentenceTokens> parts) {
        if (!hasEvidence()) {
            return 0;
        }
        List<double[]> matched = new ArrayList<>(parts.size());
        for (SentenceTokens part : parts) {
            matched.add(matches(part));
        }
        double credit = 0;
        for (int t = 0; t < evidence.size(); t++) {
            double best = 0;
            for (double[] m : matched) {
                best = Math.max(best, m[t]);
            }
            credit += evidence.get(t).weight() * best;
        }
        return credit / totalWeight;
    }

    Assessment assess(SentenceTokens sentence, List<SentenceTokens> neighbours) {
        return assess(sentence, neighbours, () -> new boolean[evidence.size()]);
    }

    /**
     * {@link #assess(SentenceTokens, List)}, with the terms the sentence's article holds, for the
     * {@link WeakRootExcuse}.
     */
    private Assessment assess(SentenceTokens sentence, List<SentenceTokens> neighbours,
            Supplier<boolean[]> articleFound) {
        if (!hasEvidence()) {
            return new Assessment(0, 1, 0, false, List.of());
        }
        double[] own = matches(sentence);
        List<double[]> context = new ArrayList<>(neighbours.size());
        for (SentenceTokens neighbour : neighbours) {
            context.add(matches(neighbour));
        }
        // The ranking scorer's widening holds such words already.
        List<Integer> excused = widening != null ? List.of() : excuse.excused(sentence, own, context, articleFound);
        if (!excused.isEmpty()) {
            own = own.clone();
            for (int t : excused) {
                own[t] = ROOT_CREDIT;
            }
        }
        if (widening == null) {
            own = withDerivedStems(sentence, own);
        }
        double credit = 0;
        double largestMissing = 0;
        double heaviest = 0;
        boolean heaviestFound = false;
        for (int t = 0; t < evidence.size(); t++) {
            double near = 0;
            for (double[] n : context) {
                near = Math.max(near, n[t]);
            }
            double weight = evidence.get(t).weight();
            credit += weight * Math.max(own[t], NEIGHBOUR_CREDIT * near);
            if (own[t] == 0 && near == 0) {
                largestMissing = Math.max(largestMissing, weight / totalWeight);
            }
            if (weight > heaviest) {
                heaviest = weight;
                heaviestFound = own[t] > 0;
            }
        }
        return new Assessment(credit / totalWeight, largestMissing, credit, heaviestFound, excused);
    }

    /**
     * {@code own}, a sentence's matches, with each term the sentence holds by a word of its derived verb ({@link
     * TermForms#heldByDerivedStem}) raised to {@value #DERIVED_STEM_CREDIT}; {@code own} itself when none is. Read
     * where the weak-root excuse is, when a sentence is judged and not by the ranking scorer's widening: credited in
     * the matches every scorer shares, nineteen answers' quotes moved and two hits were lost (docs/answers.md,
     * "xqar56").
     */
    private double[] withDerivedStems(SentenceTokens sentence, double[] own) {
        double[] raised = own;
        for (int t = 0; t < own.length; t++) {
            if (own[t] < DERIVED_STEM_CREDIT && termForms.get(t).heldByDerivedStem(sentence)) {
                raised = raised == own ? own.clone() : raised;
                raised[t] = DERIVED_STEM_CREDIT;
            }
        }
        return raised;
    }

    /**
     * How much of the question's evidence is found nowhere in {@code sentences} (an article's): a
     * question about a person or a number the article never mentions is not answered by it,
     * however well the rest matches. Also how widely the main story speaks of each question word:
     * a story about the question's subject names it in many sentences, one that mentions it in
     * passing in one.
     *
     * @param mainStory the article's own sentences, without an appended story
     */
    public ArticleCheck missingFrom(List<SentenceTokens> sentences, List<SentenceTokens> mainStory) {
        TermCounts held = new TermCounts(holdingEach(sentences),
                sentences.isEmpty() ? new boolean[evidence.size()] : foundIn(sentences.subList(0, 1)));
        if (!hasEvidence()) {
            return new ArticleCheck(1, false, held, 0, false);
        }
        int[] holding = holdingEach(mainStory);
        double missing = 0;
        double heaviest = 0;
        boolean heaviestFound = false;
        double spread = 0;
        boolean recurring = false;
        for (int t = 0; t < evidence.size(); t++) {
            double weight = evidence.get(t).weight();
            recurring |= holding[t] >= 2;
            if (!held.found(t)) {
                missing += weight;
            }
            if (weight > heaviest) {
                heaviest = weight;
                heaviestFound = held.found(t);
            }
            spread += mainStory.isEmpty() ? 0 : weight * ((double) holding[t] / mainStory.size());
        }
        return new ArticleCheck(missing / totalWeight, heaviestFound, held, spread / totalWeight, recurring);
    }

    /** Per evidence term, how many of {@code sentences} hold it (a root match counts as one). */
    private int[] holdingEach(List<SentenceTokens> sentences) {
        int[] holding = new int[evidence.size()];
        for (SentenceTokens s : sentences) {
            double[] matched = matches(s);
            for (int t = 0; t < holding.length; t++) {
                if (matched[t] > 0) {
                    holding[t]++;
                }
            }
        }
        return holding;
    }

    /**
     * Per evidence term, whether one sentence of {@code article} or a sentence beside it in the same
     * section holds it ({@link #foundIn}): the context {@link #coverage(Article, List, Sentence)} credits.
     */
    public boolean[] heldAround(Article article, List<SentenceTokens> tokens, Sentence sentence) {
        List<SentenceTokens> around = new ArrayList<>(neighbours(article, tokens, sentence));
        around.add(tokens.get(sentence.index()));
        return foundIn(around);
    }

    /**
     * Per evidence term, whether one sentence of {@code article} holds it in any reading ({@link #foundIn}) or a
     * sentence beside it in the same section writes it ({@link #writtenIn}): {@link #heldAround} less a neighbour's
     * loose match. A neighbour's word of the asked word's root only (المشورة for مستشار) is another word as often
     * as the asked one, and it stands in a sentence the answer does not quote.
     */
    public boolean[] heldOrWrittenAround(Article article, List<SentenceTokens> tokens, Sentence sentence) {
        boolean[] held = foundIn(List.of(tokens.get(sentence.index())));
        boolean[] written = writtenInAny(neighbours(article, tokens, sentence));
        for (int t = 0; t < held.length; t++) {
            held[t] |= written[t];
        }
        return held;
    }

    /**
     * Per evidence term, whether {@code sentence} itself writes it: a form of the term, a phrase of it held
     * whole, a conjugation or a spelling variant the comparison reads as the same word (a credit of {@value
     * #FUZZY_CREDIT} or more). Not a variant a letter apart, a word of its root, one word of a translation of
     * several or a neighbour's match, which {@link #coverage(SentenceTokens, List)} credits less: each is
     * another word as often as the asked one.
     */
    public boolean[] writtenIn(SentenceTokens sentence) {
        double[] matched = matches(sentence);
        boolean[] written = new boolean[matched.length];
        for (int t = 0; t < written.length; t++) {
            written[t] = matched[t] >= FUZZY_CREDIT;
        }
        return written;
    }

    /** Per evidence term, whether any of {@code sentences} writes it ({@link #writtenIn}). */
    public boolean[] writtenInAny(List<SentenceTokens> sentences) {
        boolean[] written = new boolean[evidence.size()];
        for (SentenceTokens s : sentences) {
            boolean[] inSentence = writtenIn(s);
            for (int t = 0; t < written.length; t++) {
                written[t] |= inSentence[t];
            }
        }
        return written;
    }

    /** Per evidence term, whether any of {@code sentences} holds it (names also as a spelling variant). */
    public boolean[] foundIn(List<SentenceTokens> sentences) {
        boolean[] found = new boolean[evidence.size()];
        for (int t = 0; t < evidence.size(); t++) {
            for (SentenceTokens s : sentences) {
                if (matches(s)[t] > 0) {
                    found[t] = true;
                    break;
                }
            }
        }
        return found;
    }

    /** The weight share of the question's evidence that {@code terms} marks, per term as {@link #foundIn} gives them. */
    public double share(boolean[] terms) {
        double marked = 0;
        for (int t = 0; t < evidence.size(); t++) {
            marked += terms[t] ? evidence.get(t).weight() : 0;
        }
        return hasEvidence() ? marked / totalWeight : 0;
    }

    /**
     * The question's evidence against a whole article.
     *
     * @param missingShare weight share of the evidence found nowhere in the article
     * @param heaviestFound whether the question's rarest word (often the name it asks about) is in it
     * @param held per evidence term, in how many of the article's sentences it is found
     * @param spread the evidence-weighted share of the main story's sentences holding each term, 0 to 1
     * @param recurring whether two sentences or more of the main story hold some question word: a story
     *        that names each of the question's words once at most mentions them in passing
     */
    public record ArticleCheck(double missingShare, boolean heaviestFound, TermCounts held, double spread,
            boolean recurring) {

        /** Per evidence term, whether the article holds it ({@link TermCounts#found(int)}). */
        public boolean[] found() {
            return held.found();
        }
    }

    /**
     * Per evidence term, how often an article's sentences hold it as this scorer matches them: a root
     * match counts, and so does a name's bound word in a sentence holding its last word ({@link
     * #withNames}). The one answer to "does the article hold term t" that the article check, the
     * abstention features and the declines reading the judged article share: answered by a scorer of
     * the term alone, they read a name otherwise than the sentence's coverage does.
     *
     * @param sentences per term, in how many of the article's sentences it is found
     * @param opening per term, whether the article's first sentence holds it
     */
    public record TermCounts(int[] sentences, boolean[] opening) {

        /** Whether some sentence of the article holds term {@code t}. */
        public boolean found(int t) {
            return sentences[t] > 0;
        }

        /** Per term, {@link #found(int)}. */
        public boolean[] found() {
            boolean[] found = new boolean[sentences.length];
            for (int t = 0; t < found.length; t++) {
                found[t] = found(t);
            }
            return found;
        }
    }

    /**
     * How well a sentence answers a question.
     *
     * @param coverage weighted share of the question's evidence found, 0 to 1
     * @param largestMissing weight share of the heaviest evidence term found neither in the sentence
     *        nor beside it: a question about "the capital of Japan" is not answered by a sentence
     *        about a capital, however well it covers the rest
     * @param credit the idf weight found, not divided by the question's: many rare words found is
     *        stronger evidence than one common word of a one-word question
     * @param heaviestFound whether the question's rarest word is in the sentence itself
     * @param excused the terms the sentence holds only by a weak-root key, taken for root matches
     *        ({@link WeakRootExcuse})
     */
    public record Assessment(double coverage, double largestMissing, double credit, boolean heaviestFound,
            List<Integer> excused) {

        public Assessment {
            excused = List.copyOf(excused);
        }
    }

    /** Per evidence term, how well {@code sentence} matches it; memoised since each sentence is also a neighbour. */
    private double[] matches(SentenceTokens sentence) {
        double[] known = matchCache.get(sentence);
        if (known != null) {
            return known;
        }
        if (widening != null) {
            double[] widened = widening.widened(widening.base().matches(sentence), sentence, STEM_CREDIT,
                    FUZZY_CREDIT);
            matchCache.put(sentence, widened);
            return widened;
        }
        double[] result = new double[evidence.size()];
        for (int t = 0; t < result.length; t++) {
            TermForms forms = termForms.get(t);
            boolean fuzzy = evidence.get(t).fuzzy();
            // A name (fuzzy) stays whole: one word of it, a surname, names the person.
            result[t] = (strict || evidence.get(t).typedAsPhrase()) && !fuzzy && !forms.phrases().isEmpty()
                    ? forms.strictMatch(sentence) : forms.match(fuzzy, sentence);
            if (result[t] < ROOT_CREDIT && forms.heldByRoot(sentence)) {
                result[t] = ROOT_CREDIT;
            }
        }
        creditNames(result);
        matchCache.put(sentence, result);
        return result;
    }

    /** Each name whose last word {@code matched} holds exactly counts as held whole, at {@link #NAME_CREDIT}. */
    private void creditNames(double[] matched) {
        for (int[] run : names.runs()) {
            if (matched[run[0]] == 1) {
                for (int t : run) {
                    matched[t] = Math.max(matched[t], NAME_CREDIT);
                }
            }
        }
    }

    /**
     * Per term, whether the article holds none of its forms ({@code found} false) but a word Hunspell
     * reads as the same verb (فاز / فازوا): the question conjugates a verb the article conjugates
     * otherwise. The term must be read only as a verb ({@link ArabicHunspellStems#onlyVerbStems}: not
     * عاما, also the noun عام), the article's word as a verb among other readings; each word read at
     * most two ways, of three letters or more, no stop word. Nouns and short words share a folded stem
     * by chance, and a near-miss question's swapped-in word was read as a verb (docs/answers.md,
     * "Twenty-third round: Arabic questions worded otherwise than the article"). All false without
     * the dictionary.
     */
    public boolean[] sameVerb(List<SentenceTokens> article, boolean[] found) {
        return stems.map(d -> HunspellReadings.sameVerb(evidence, d, article, found))
                .orElseGet(() -> new boolean[evidence.size()]);
    }
}
