package io.isnad.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.isnad.answer.abstain.AbsentEvidence;
import io.isnad.answer.abstain.AbstentionFeatures;
import io.isnad.answer.abstain.AbstentionModel;
import io.isnad.answer.abstain.AskedNoun;
import io.isnad.answer.abstain.QuestionNames;
import io.isnad.answer.abstain.QuestionWording;
import io.isnad.answer.abstain.Declines;
import io.isnad.answer.followup.PreviousAnswer;
import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionAnalyzer;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.sentence.ClauseCutter;
import io.isnad.answer.sentence.ClauseTokens;
import io.isnad.answer.sentence.SentenceCandidate;
import io.isnad.answer.sentence.SentenceChooser;
import io.isnad.answer.shortanswer.ShortAnswerFinder;
import io.isnad.answer.shortanswer.ShortAnswerRenderer;
import io.isnad.answer.shortanswer.Span;
import io.isnad.index.IndexAnalyzers;
import io.isnad.index.SentenceTokens;
import io.isnad.index.Snapshot;
import io.isnad.ingest.Section;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceScorer;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.LanguageDetector;
import io.isnad.retrieve.Passage;
import io.isnad.retrieve.Retrieval;

/**
 * Answers with the one article sentence that answers best, cited from every article that states
 * the same fact, and the short answer inside it; or abstains when the abstention model judges that
 * even the best sentence does not answer. A second sentence is added only when it holds the kind
 * of answer asked for and the first does not (first then, if a question word asked for that kind),
 * or, for an untyped question, when it holds a part of the question the first lacks (first then, if
 * that part is clearly the larger), goes on from the first, or ranks all but level with it. A long
 * answer sentence is quoted by the clauses that answer, "…" marking what was left out, its citation
 * the exact span of those clauses; or by two parts of it, the subject's clauses and the asked
 * clauses, each its own citation, when the clauses between them are many.
 */
@ApplicationScoped
public class ExtractiveAnswerer {

    /** Sentences this alike say the same thing: cite the second as support instead of repeating it. */
    private static final double SAME_FACT_OVERLAP = 0.4;
    private static final int MAX_CITATIONS_PER_SENTENCE = 3;
    /** An appended story answers only when it beats the main story's best sentence by this much. */
    static final double APPENDIX_MARGIN = 0.1;
    /**
     * Rank score the quoted sentence loses per share of the question's weight by which its heaviest
     * missing word goes over {@code max-missing-share} ({@link #quoted}): 0.25 and 0.5 gained alike on
     * the tuning parts, 1 gained less, and the bar as a filter (as before) least (docs/answers.md,
     * "Nineteenth round: the sentence quoted, and the article judged").
     */
    static final double MISSING_WEIGHT = 0.5;
    /** Share of its weight a word carried into a follow-up from the previous question keeps. */
    static final double CARRIED_WEIGHT = 0.3;
    /** Evidence weight at which the abstention model's {@code mass} feature reaches one half. */
    private static final double MASS_SCALE = 10;
    /**
     * Coverage of the question's other words by the judged sentence at which an unknown word shaped
     * like a name counts as a missing name ({@link #missingName}).
     */
    static final double REST_HELD = 0.9;
    /**
     * Answer probability under which an Arabic question is declined when the judged sentence's article
     * names each of the question's words in one sentence at most ({@link #inPassing}). Such answers,
     * just over the operating point, were mostly questions about another corpus whose words a story
     * mentions in passing: on the tuning parts 30 more negatives declined (15 cross-corpus, 15
     * near-miss) for 2 answer hits, where raising the operating point to it for every Arabic question
     * declined 73 for 28; 0.5 declined 7 fewer for the same 2, 0.55 one more for 3 more hits
     * (docs/answers.md, "Twenty-first round: questions about another corpus").
     */
    static final double DOUBTFUL = 0.52;
    /** Share of the question's weight the related sentence must add beyond the lead's own to go first. */
    static final double ADDS_MORE = 0.1;
    /** Share of the question's weight the related sentence must add beyond the lead's own to join it. */
    static final double ADDS_PART = 0.05;
    /**
     * Rank scores this close leave open which of two sentences answers, and both are quoted: on the
     * tuning parts the related sentence carried the answer alone in 17 of 58 pairs this close (and
     * the lead in 17), in 1 of the 29 farther apart where it added nothing and stood elsewhere
     * (docs/answers.md, "Fifteenth round: shorter answers").
     */
    static final double TIED = 0.04;
    /**
     * Share of the question's weight a typed neighbour must hold itself to open the answer: one that
     * holds hardly any of the question ("ومن نفذه؟" answered by the Iranian minister's call after the
     * attack's sentence, .07) reads as an aside before the sentence the question is about. On the dev
     * sets the neighbours that held the answer alone held .27 to .65, those that only repeated an
     * answer the lead gave .07 to .18 (docs/answers.md, "Sixteenth round").
     */
    static final double OPENS = 0.25;
    /** A lead sentence longer than this (characters) is quoted by the clauses that answer. */
    static final int LONG_SENTENCE = 200;
    /** A cut that keeps more than this share of the sentence is not worth the reader's "…". */
    private static final double MAX_CUT_SHARE = 0.8;
    /**
     * Characters two parts of a sentence must save over one run of its clauses to be quoted instead:
     * at 60 an English xquad answer whose gold sat in a clause between the parts was lost, at 100
     * none (docs/answers.md, "Sixteenth round: a long sentence quoted in two parts").
     */
    private static final int TWO_PARTS_SAVING = 100;
    private static final Set<String> ENGLISH_PRONOUNS = Set.of("he", "she", "it", "they");

    private final ExtractiveSettings settings;
    private final AbstentionModel abstention;

    @Inject
    ExtractiveAnswerer(AnswerConfig config) {
        this(config.extractive(), AbstentionModel.packaged());
    }

    public ExtractiveAnswerer(ExtractiveSettings settings, AbstentionModel abstention) {
        this.settings = settings;
        this.abstention = abstention;
    }

    /** The answer sentences with their citations, or empty to abstain. */
    public Optional<Draft> answer(Snapshot corpus, Retrieval retrieval, AskedQuestion question) {
        Optional<Choice> answered = choose(corpus, retrieval, question).filter(c -> !c.otherToll() && !c.otherRole()
                && !c.noTime() && !c.absentPerson() && !c.unheldName()
                && abstention.answers(c.features())
                && !(c.inPassing() && abstention.probability(c.features()) < DOUBTFUL));
        if (answered.isEmpty()) {
            return Optional.empty();
        }
        Translated translated = translated(retrieval, question);
        Draft draft = draft(answered.get(), corpus, question, translated);
        return wrongPerson(corpus, translated, question, draft.shortAnswer()) ? Optional.empty() : Optional.of(draft);
    }

    /**
     * The sentence the answer to an earlier question of the conversation led with (a typed neighbour
     * may precede it in the quote), found by answering that question again as one of its own: the
     * history holds only the user's questions, and an extractive answer is cheap and the same each
     * time. It is answered in the language it was asked in, as it was then; empty when declined.
     *
     * @param searched the earlier question as searched (itself made standalone when it followed up)
     * @param asked the earlier question as the user asked it
     */
    public Optional<PreviousAnswer> previousAnswer(Snapshot corpus, Retrieval retrieval, String searched,
            String asked) {
        AskedQuestion question = new AskedQuestion(searched, asked, QuestionAnalyzer.analyze(asked),
                LanguageDetector.ENGLISH.equals(LanguageDetector.detect(asked)), Optional.empty());
        return answer(corpus, retrieval, question)
                .map(d -> d.citations().get(d.leadCitation()))
                .flatMap(c -> corpus.article(c.file()).flatMap(a -> a.sentences().stream()
                        .filter(s -> s.start() <= c.start() && c.start() < s.end()).findFirst()
                        .map(s -> new PreviousAnswer(c.file(), s.index(), question.analysis().type(), asked))));
    }

    /**
     * Whether the short answer of a who-question is the source the quoted sentence attributes its
     * report to ({@link Declines#answersWithSource}, read on the article's text before it) or a
     * person for a question that asks for a body of people ({@link Declines#personForABody}).
     */
    private static boolean wrongPerson(Snapshot corpus, Translated translated, AskedQuestion question,
            ShortAnswer shortAnswer) {
        if (shortAnswer == null || question.analysis().type() != QuestionType.PERSON) {
            return false;
        }
        return Declines.personForABody(question, shortAnswer)
                || corpus.article(shortAnswer.file()).map(a -> Declines.answersWithSource(question,
                        translated.focus(), a.text().substring(0, shortAnswer.start())))
                .orElse(false);
    }

    /**
     * The best sentence and what the abstention model would see of it, before the model decides:
     * the refit tool learns from these.
     */
    public Optional<Choice> choose(Snapshot corpus, Retrieval retrieval, AskedQuestion question) {
        List<EvidenceTerm> evidence = evidence(retrieval, question);
        EvidenceScorer scorer = retrieval.scorer().reweighted(evidence);
        Translated translated = translated(retrieval, question);
        List<String> tallied = tallied(question, translated);
        List<SentenceCandidate> ranked = SentenceChooser.rank(corpus, retrieval, scorer, question.analysis(),
                question.text(), tallied, question.previous(), newWords(evidence, question));
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        SentenceCandidate lead = quoted(ranked, question.previous());
        // Whether to answer at all is judged on the sentence that its own evidence ranks first: the
        // abstention model was fitted on that sentence's features, and the article-wide evidence
        // that may put another sentence first must not make an unanswerable question look answered.
        SentenceCandidate judged = judged(ranked, question.previous());
        Judge judge = new Judge(corpus, retrieval, question, evidence, scorer);
        AbstentionFeatures features = judge.features(judged, lead);
        // Finding the quoted sentences scores the lead's neighbours: only for the kinds a check reads them.
        List<String> quoted = Declines.readsQuoted(question.analysis().type())
                ? quotedWithLead(lead, ranked, question, scorer).map(c -> c.sentence().text()).toList() : List.of();
        return Optional.of(new Choice(lead, ranked, features, scorer,
                Declines.otherToll(question, quoted, translated.focus(), tallied),
                Declines.otherRole(question, quoted), Declines.noTime(question, quoted),
                inPassing(question, judged), Declines.absentPerson(corpus, question),
                Declines.unheldName(corpus, question, evidence, features.margin())));
    }

    /**
     * What the abstention model sees of a candidate sentence: its coverage and heaviest missing word,
     * its article's evidence and the question words neither it nor the corpus holds.
     */
    record Judge(Snapshot corpus, Retrieval retrieval, AskedQuestion question, List<EvidenceTerm> evidence,
            EvidenceScorer scorer) {

        /**
         * Whether the answer stays in the conversation's story: the follow-up feature's large weight was
         * learnt from follow-ups answered there, whose few words of their own and lightly weighed
         * carried words make a sound answer look thin. A sentence of another story lacks the carried
         * subject, and that credit answered questions the articles do not answer.
         */
        private boolean inConversation(SentenceCandidate judged, SentenceCandidate lead) {
            return question.previous().filter(p -> p.file().equals(judged.article().file())
                    && p.file().equals(lead.article().file())).isPresent();
        }

        AbstentionFeatures features(SentenceCandidate judged, SentenceCandidate lead) {
            List<SentenceTokens> articleTokens = corpus.sentenceTokens(judged.article().file());
            EvidenceScorer.ArticleCheck article = judged.articleCheck();
            boolean[] names = QuestionNames.of(question.text(), evidence, corpus.analyzers(), question.english());
            AbsentEvidence absent = AbsentEvidence.of(corpus, evidence, article.found(), articleTokens, names,
                    QuestionWording.of(question.text(), evidence, corpus.analyzers(), question.english(), names),
                    scorer.sameVerb(articleTokens, article.found()));
            boolean english = LanguageDetector.ENGLISH.equals(retrieval.query().language());
            // The noun the question asks about, held only loosely (a short light stem, a variant, a root, a
            // word of a phrase), counts as missing: such matches made unrelated sentences look answered
            // (docs/answers.md, "Eighteenth round: a loosely held asked noun as missing").
            double largestMissing = Math.max(judged.largestMissing(), scorer.looselyHeld(judged.article(),
                    articleTokens, judged.sentence(),
                    AskedNoun.terms(question.analysis().head(), evidence, corpus.analyzers(), english)));
            return new AbstentionFeatures(judged.coverage(), largestMissing, article.missingShare(),
                    question.analysis().type().typed() && !judged.typed() ? 1 : 0, margin(retrieval.passages()),
                    judged.sentence().section() == Section.APPENDIX ? 1 : 0, inConversation(judged, lead) ? 1 : 0,
                    english && retrieval.dictionary() ? 1 : 0, english && !retrieval.dictionary() ? 1 : 0,
                    judged.assessment().credit() / (judged.assessment().credit() + MASS_SCALE),
                    judged.assessment().heaviestFound() ? 1 : 0, article.heaviestFound() ? 1 : 0,
                    absent.unknownWord() ? 1 : 0, absent.strangeShare(), absent.numberMissing() ? 1 : 0,
                    missingName(absent, evidence, scorer, judged, articleTokens) ? 1 : 0);
        }
    }

    /**
     * Whether an Arabic question's judged article names none of its words in more than one sentence of
     * its main story: a story about the question's subject names it again and again, one that merely
     * mentions the question's words does not (a question about another corpus answered from a
     * passing mention). English questions are left out: searched through their translations, the
     * answerable ones scored this low about as often as those about another corpus (tuning parts: 17
     * answered questions of xquad-dev, 9 of them hits, against 17 about another corpus), and so are
     * follow-ups, whose article the conversation chose.
     */
    private static boolean inPassing(AskedQuestion question, SentenceCandidate judged) {
        return !question.english() && question.previous().isEmpty() && !judged.articleCheck().recurring();
    }

    /**
     * The sentences the answer quotes, as draft() picks them: the lead with its typed neighbour, or with
     * the antecedent of a lead that opens with a pronoun.
     */
    private static Stream<SentenceCandidate> quotedWithLead(SentenceCandidate lead, List<SentenceCandidate> ranked,
            AskedQuestion question, EvidenceScorer scorer) {
        return Stream.concat(Stream.of(lead),
                typedNeighbour(lead, ranked, question.analysis(), scorer).or(() -> antecedent(lead, ranked)).stream());
    }

    /**
     * Whether a name of the question is missing from the article: one the lexicon knows
     * ({@link AbsentEvidence#nameMissing}), a figure no article gives ({@link AbsentEvidence#unknownFigure}:
     * a swapped-in year or count weighed only {@code numberMissing} and was answered about one time
     * in five, docs/answers.md, "Twentieth round: a figure no article gives"), or a word no indexed
     * article holds in any form and shaped like a name ({@link AbsentEvidence#unknownNames}) in a
     * question whose other words the judged sentence all but holds ({@value #REST_HELD} of their
     * weight). That is a question about the sentence's own story with one person, place or thing the
     * articles never mention ("What did Putin say about the visit?"); an unknown word of an answerable
     * question is mostly a paraphrase, and then the sentence usually misses more of the rest as well
     * (docs/answers.md, "Nineteenth round: near-miss questions answered").
     */
    private static boolean missingName(AbsentEvidence absent, List<EvidenceTerm> evidence, EvidenceScorer scorer,
            SentenceCandidate judged, List<SentenceTokens> articleTokens) {
        if (absent.nameMissing() || absent.unknownFigure()) {
            return true;
        }
        if (absent.unknownNames().isEmpty()) {
            return false;
        }
        // The same terms with the unknown names weighing nothing: the scorer's matches are reused.
        EvidenceScorer rest = scorer.reweighted(evidence.stream()
                .map(t -> absent.unknownNames().contains(t) ? t.withWeight(0) : t).toList());
        return rest.hasEvidence() && rest.coverage(judged.article(), articleTokens, judged.sentence()) >= REST_HELD;
    }

    /**
     * The evidence a sentence is judged by. A follow-up was searched with the names carried from the
     * previous question, which the previous answer's sentence and its neighbours all hold; so the
     * carried words count only {@value #CARRIED_WEIGHT} of their weight, and the follow-up's own
     * words decide which sentence answers it.
     */
    private static List<EvidenceTerm> evidence(Retrieval retrieval, AskedQuestion question) {
        List<EvidenceTerm> all = retrieval.query().evidence();
        if (question.previous().isEmpty()) {
            return all;
        }
        Predicate<EvidenceTerm> typed = typedIn(question);
        return all.stream().map(t -> typed.test(t) ? t
                : t.withWeight(CARRIED_WEIGHT * t.weight())).toList();
    }

    /**
     * Per evidence term, whether the user typed it in a follow-up and the previous question did not
     * ask it: the follow-up's own verb or focus ("What did he accuse?"), by which a sentence answers
     * something the previous answer did not. None outside a follow-up.
     */
    private static boolean[] newWords(List<EvidenceTerm> evidence, AskedQuestion question) {
        boolean[] asked = new boolean[evidence.size()];
        if (question.previous().isEmpty()) {
            return asked;
        }
        Predicate<EvidenceTerm> typed = typedIn(question);
        Predicate<EvidenceTerm> askedBefore = mentionedIn(question.previous().get().question());
        for (int t = 0; t < asked.length; t++) {
            asked[t] = typed.test(evidence.get(t)) && !askedBefore.test(evidence.get(t));
        }
        return asked;
    }

    /**
     * Whether the user typed a term: in a follow-up, not one carried from an earlier question.
     */
    private static Predicate<EvidenceTerm> typedIn(AskedQuestion question) {
        return question.previous().isEmpty() ? term -> true : mentionedIn(question.asked());
    }

    /** Whether a question's text names a term, by its label: the text is folded once, not once per term. */
    private static Predicate<EvidenceTerm> mentionedIn(String text) {
        String folded = ArabicTextNormalizer.normalize(text).toLowerCase(Locale.ROOT);
        return term -> folded.contains(term.label().toLowerCase(Locale.ROOT));
    }

    /**
     * The sentence the abstention model judges: the best by its own evidence ({@link
     * SentenceCandidate#sentenceScore}) among those whose heaviest missing question word stays under
     * the bar ({@code max-missing-share}), or among all when none does; the main story's unless the
     * appended story matches clearly better. In a follow-up the previous answer's article stays in
     * the running whatever it misses: the follow-up's few words of its own each weigh so much that
     * one of them missing would otherwise hand the answer to any sentence of another story that
     * happens to hold it.
     */
    SentenceCandidate judged(List<SentenceCandidate> ranked, Optional<PreviousAnswer> previous) {
        List<SentenceCandidate> bySentence = ranked.stream()
                .sorted(Comparator.comparingDouble(SentenceCandidate::sentenceScore).reversed()).toList();
        List<SentenceCandidate> eligible = bySentence.stream().filter(c -> excessMissing(c, previous) == 0).toList();
        return preferMain(eligible.isEmpty() ? bySentence : eligible, SentenceCandidate::sentenceScore);
    }

    /**
     * The sentence quoted: the best by its rank score less {@value #MISSING_WEIGHT} of how far its
     * heaviest missing question word goes over the bar, the main story's unless the appended story
     * matches clearly better. Over the bar is a penalty here, not the judged sentence's filter: as a
     * filter it handed the quote to a sentence under the bar however little of the question it held
     * ("ما هي درجة حرارة المكثف التقريبي في التوربينات؟" quoted a geology sentence, rank score 0.35,
     * over the steam engine's "…عادةً 565 °C…", 1.14, which lacks المكثف, .31 of the question's
     * weight). The judged sentence keeps the filter: the abstention model was fitted on it, and
     * judging another sentence answered more negatives (docs/answers.md, "Eleventh round: sentence
     * choice" and "Nineteenth round: the sentence quoted, and the article judged").
     */
    SentenceCandidate quoted(List<SentenceCandidate> ranked, Optional<PreviousAnswer> previous) {
        ToDoubleFunction<SentenceCandidate> score = c -> c.rankScore() - MISSING_WEIGHT * excessMissing(c, previous);
        return preferMain(ranked.stream().sorted(Comparator.comparingDouble(score).reversed()).toList(), score);
    }

    /** How far a sentence's heaviest missing question word goes over the bar; 0 in a follow-up's previous article. */
    private double excessMissing(SentenceCandidate c, Optional<PreviousAnswer> previous) {
        if (previous.isPresent() && previous.get().file().equals(c.article().file())) {
            return 0;
        }
        return Math.max(0, c.largestMissing() - settings.maxMissingShare());
    }

    /** The first of {@code pool}, or the main story's best when the first is appended and not clearly better. */
    private static SentenceCandidate preferMain(List<SentenceCandidate> pool,
            ToDoubleFunction<SentenceCandidate> score) {
        SentenceCandidate best = pool.get(0);
        if (best.sentence().section() == Section.APPENDIX) {
            Optional<SentenceCandidate> main = pool.stream().filter(c -> c.sentence().section() == Section.MAIN)
                    .findFirst();
            if (main.isPresent()
                    && score.applyAsDouble(main.get()) >= score.applyAsDouble(best) - APPENDIX_MARGIN) {
                return main.get();
            }
        }
        return best;
    }

    /** Relative lead of the best passage over the best passage of another article. */
    private static double margin(List<Passage> passages) {
        Passage top = passages.get(0);
        return passages.stream().filter(p -> !p.file().equals(top.file())).findFirst()
                .map(p -> top.score() <= 0 ? 0 : Math.max(0, (top.score() - p.score()) / top.score()))
                .orElse(1.0);
    }

    /**
     * The Arabic forms the words of an English question were translated to; none for an Arabic one.
     * In a follow-up only the words the user asked count: "And how many were wounded?" after a
     * question about the killed must tie its number to the wounded, not to the carried "killed".
     */
    private static Translated translated(Retrieval retrieval, AskedQuestion question) {
        if (!question.english()) {
            return new Translated(List.of(), List.of());
        }
        List<EvidenceTerm> asked = retrieval.query().evidence().stream().filter(typedIn(question)).toList();
        String counted = question.analysis().tallied();
        return new Translated(arabicForms(asked),
                counted.isEmpty() ? List.of() : arabicForms(asked.stream()
                        .filter(t -> t.labelHolds(counted)).toList()));
    }

    /**
     * The noun a how-many question counts ({@link io.isnad.answer.question.QuestionAnalysis#tallied}),
     * with an English question's Arabic translations of it, as the short answer ties a figure to it;
     * none for another question.
     */
    private static List<String> tallied(AskedQuestion question, Translated translated) {
        String noun = question.analysis().tallied();
        if (noun.isEmpty()) {
            return List.of();
        }
        List<String> forms = new ArrayList<>(translated.counted());
        forms.add(noun);
        return forms;
    }

    private static List<String> arabicForms(List<EvidenceTerm> terms) {
        return terms.stream()
                .flatMap(t -> t.forms().stream())
                .filter(f -> !f.isEmpty() && Character.UnicodeBlock.of(f.charAt(0)) == Character.UnicodeBlock.ARABIC)
                .toList();
    }

    /**
     * The Arabic translations of an English question's words ({@link #translated}), and of the noun
     * a how-many question counts among them ("how many children" → طفل): a number followed by one
     * of these answers it ({@link ShortAnswerFinder#find(String, QuestionType, String, List, List)}).
     */
    private record Translated(List<String> focus, List<String> counted) {
    }

    private Draft draft(Choice choice, Snapshot corpus, AskedQuestion question, Translated translated) {
        SentenceCandidate lead = choice.lead();
        List<List<SentenceCandidate>> groups = new ArrayList<>();
        groups.add(support(lead, choice.ranked()));
        Optional<SentenceCandidate> typedPart = typedNeighbour(lead, choice.ranked(), question.analysis(), choice.scorer());
        SentenceCandidate appended = null;
        if (typedPart.isPresent() && settings.maxSentences() > 1) {
            if (question.analysis().byNoun() || typedPart.get().coverage() < OPENS) {
                groups.add(List.of(typedPart.get()));
            } else {
                groups.addFirst(List.of(typedPart.get()));
            }
        } else if (question.analysis().type() == QuestionType.PERSON && settings.maxSentences() > 1) {
            antecedent(lead, choice.ranked()).ifPresent(before -> groups.addFirst(List.of(before)));
        } else if (!question.analysis().type().typed() && !question.analysis().asksName()
                && settings.maxSentences() > 1) {
            SentenceCandidate next = related(lead, choice.ranked(), groups.getFirst()).orElse(null);
            Gains gains = next == null ? null : Gains.of(next, lead, choice.scorer());
            if (next != null && joins(next, lead, gains)) {
                if (addsMore(gains)) {
                    groups.addFirst(List.of(next));
                } else {
                    groups.add(List.of(next));
                    appended = next;
                }
            }
        }
        SentenceCandidate answering = lead.typed() || typedPart.isEmpty() ? lead : typedPart.get();
        ShortAnswer shortAnswer = shortAnswer(answering, question, translated);
        // A typed follow-up whose answer no span was found for is quoted its lead whole: the cut keeps
        // the clauses holding the question's words, which in a follow-up are mostly the carried ones,
        // and the asked name or time, which the follow-up cannot name, stands in a clause the cut
        // would leave out ("who said that?" quoted "…العضو السابق…، بأن طهران أنفقت…" without the
        // "صرح حشمت الله فلاحت بيشه" before it). Not a question of its own: it names more of what it
        // asks, and quoting its leads whole lengthened ARCD answers past the evaluation's bound.
        boolean unplaced = question.previous().isPresent() && question.analysis().type().typed()
                && shortAnswer == null;
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        int leadCitation = 0;
        for (List<SentenceCandidate> group : groups) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            SentenceCandidate head = group.get(0);
            String sentence = head.sentence().text();
            List<ClauseCutter.Cut> parts = head == lead && !unplaced ? cut(lead, choice.scorer(), corpus, shortAnswer)
                    : head == appended ? cut(head, choice.scorer(), corpus, null)
                            : List.of(new ClauseCutter.Cut(0, sentence.length()));
            if (head == lead) {
                leadCitation = citations.size();
            }
            // Two parts of one sentence: the first ends with a spaced "…" that marks the clauses left
            // out inside the sentence, the second resumes with "…"; each is its own citation.
            for (ClauseCutter.Cut part : parts.subList(0, parts.size() - 1)) {
                text.append(part.start() > 0 ? "…" : "").append(sentence, part.start(), part.end())
                        .append(" … [").append(citations.size() + 1).append("] …");
                citations.add(Citation.of(citations.size() + 1, head.article(), head.sentence(), head.coverage(),
                        part.start(), part.end()));
            }
            ClauseCutter.Cut cut = parts.getLast();
            boolean before = cut.start() > 0 && parts.size() == 1;
            boolean after = cut.end() < sentence.length();
            String quote = sentence.substring(cut.start(), cut.end());
            text.append(before ? "…" : "").append(quote).append(after ? "…" : "");
            for (SentenceCandidate c : group) {
                int n = citations.size() + 1;
                citations.add(c == head && cut.partOf(sentence)
                        ? Citation.of(n, c.article(), c.sentence(), c.coverage(), cut.start(), cut.end())
                        : Citation.of(n, c.article(), c.sentence(), c.coverage()));
                text.append(" [").append(n).append(']');
            }
        }
        return new Draft(text.toString(), List.copyOf(citations), shortAnswer, leadCitation);
    }

    /**
     * The parts of a long sentence the answer quotes: the clauses that hold the question's words and
     * the short answer, as one run or as two when that saves {@value #TWO_PARTS_SAVING} characters
     * ({@link ClauseCutter#parts}); a shorter sentence whole. The lead, also when another
     * sentence goes before it, and a related sentence appended after it: that one joined for the
     * question's words it holds or for going on from the lead, and the clauses around those words are
     * the part that answers (no answer lost on any dev set, docs/answers.md, "Sixteenth round"). Not a
     * related sentence put before the lead: it went first for holding clearly more of the question,
     * it is the answer's main sentence, and a cut of it lost an ARCD answer whose gold ran over two of
     * its clauses. Not the typed neighbour either, though it was added for its short answer: that span
     * is sometimes a wrong one ("الإيراني" for "ومن نفذه؟"), and the clause that answers is then the
     * one a cut leaves out (docs/answers.md, "Fifteenth round").
     */
    private static List<ClauseCutter.Cut> cut(SentenceCandidate c, EvidenceScorer scorer, Snapshot corpus,
            ShortAnswer keep) {
        String sentence = c.sentence().text();
        if (sentence.length() <= LONG_SENTENCE) {
            return List.of(new ClauseCutter.Cut(0, sentence.length()));
        }
        boolean holds = keep != null && keep.file().equals(c.article().file()) && keep.start() >= c.sentence().start()
                && keep.end() <= c.sentence().end();
        int keepStart = holds ? keep.start() - c.sentence().start() : sentence.length();
        int keepEnd = holds ? keep.end() - c.sentence().start() : 0;
        // Each clause is analysed once and matched once per question; a run is scored from its clauses' matches.
        IndexAnalyzers analyzers = corpus.analyzers();
        ToDoubleFunction<List<String>> coverage = run -> scorer.coverageOfParts(run.stream()
                .map(clause -> ClauseTokens.of(clause, analyzers))
                .toList());
        return ClauseCutter.parts(sentence, coverage, keepStart, keepEnd, MAX_CUT_SHARE, TWO_PARTS_SAVING);
    }

    /** The lead sentence and the same fact as stated by other articles, each cited on it. */
    private List<SentenceCandidate> support(SentenceCandidate lead, List<SentenceCandidate> ranked) {
        List<SentenceCandidate> group = new ArrayList<>(List.of(lead));
        double bar = Math.max(settings.minEvidence(), settings.relatedRatio() * lead.coverage());
        for (SentenceCandidate c : ranked) {
            if (group.size() >= MAX_CITATIONS_PER_SENTENCE) {
                break;
            }
            boolean newFile = group.stream().noneMatch(g -> g.article().file().equals(c.article().file()));
            if (newFile && c.coverage() >= bar && c.sentence().section() == lead.sentence().section()
                    && lead.tokens().overlap(c.tokens()) >= SAME_FACT_OVERLAP) {
                group.add(c);
            }
        }
        return group;
    }

    /**
     * For a typed question whose lead sentence holds no span of the asked kind: the sentence just
     * before or after it that does ("…the attack. Twelve were wounded."). It is quoted first when a
     * question word asked for the kind (متى، كم، من، when, how many) and it holds {@value #OPENS} of
     * the question itself: it then held the answer the lead lacked in 8 of 13 dev-set pairs (the lead
     * held it in 3), and the answer should open with it. After the lead when a noun gave the kind ("ما نسبة…"، "ما
     * الدرجة…"), which often asks for a phrase, not a figure, that the lead holds (docs/answers.md,
     * "Sixteenth round"). Never a neighbour holding none of the question's words itself: its span
     * answers something else ("Who mediated the ceasefire?" is not answered by the spokesman named
     * in the next sentence).
     */
    private static Optional<SentenceCandidate> typedNeighbour(SentenceCandidate lead, List<SentenceCandidate> ranked,
            QuestionAnalysis analysis, EvidenceScorer scorer) {
        if (!analysis.type().typed() || lead.typed()) {
            return Optional.empty();
        }
        return ranked.stream()
                .filter(c -> c.typed() && c.article() == lead.article()
                        && Math.abs(c.sentence().index() - lead.sentence().index()) == 1
                        && c.sentence().section() == lead.sentence().section()
                        && scorer.coverageOfParts(List.of(c.tokens())) > 0)
                .findFirst();
    }

    /**
     * For a question whose answer has no type to check (what, why, how), a second sentence of the
     * same story holding nearly as much of the question's evidence: such answers often run over two
     * sentences. Not the same fact again (that is cited on the lead), never the appended story.
     */
    private Optional<SentenceCandidate> related(SentenceCandidate lead, List<SentenceCandidate> ranked,
            List<SentenceCandidate> leadGroup) {
        double bar = Math.max(settings.minEvidence(), settings.relatedRatio() * lead.coverage());
        return ranked.stream()
                .filter(c -> !leadGroup.contains(c) && c.coverage() >= bar
                        && c.sentence().section() == lead.sentence().section()
                        && lead.tokens().overlap(c.tokens()) < SAME_FACT_OVERLAP)
                .findFirst();
    }

    /**
     * Whether the related sentence joins the lead: when it holds a part of the question's evidence
     * the lead lacks ({@value #ADDS_PART} of its weight), when it is the sentence just before or
     * after the lead (the answer running on over two sentences of one story), or when the two rank
     * all but level ({@value #TIED}), so that the lead may not be the one that answers. Not a
     * sentence elsewhere that only repeats the lead's words: it seldom holds the answer the lead
     * misses and about doubled the answer's length.
     */
    static boolean joins(SentenceCandidate related, SentenceCandidate lead, Gains gains) {
        boolean next = related.article() == lead.article()
                && Math.abs(related.sentence().index() - lead.sentence().index()) == 1;
        return gains.related() >= ADDS_PART || next
                || lead.rankScore() - related.rankScore() < TIED;
    }

    /**
     * Whether the related sentence goes first: when it holds clearly more of the question's evidence
     * that the lead lacks ({@value #ADDS_MORE} of its weight) than the lead holds that it lacks. The
     * lead won on the context its neighbours lend and on its passage; the pair answers together,
     * and the sentence with the words only it has is the one the question is about ("ما الجماعة
     * التي يعتبر الجانب الغربي مركزاً لها؟": the lead names the west side, the related sentence the
     * centre and the group).
     */
    static boolean addsMore(Gains gains) {
        return gains.related() > gains.lead() + ADDS_MORE;
    }

    /**
     * The share of the question's evidence the related sentence holds and the lead lacks, and the
     * share the lead holds and the related sentence lacks: what each adds to the other, from one
     * coverage of the pair (a term counts by its best match in either, so the order does not matter).
     */
    record Gains(double related, double lead) {

        static Gains of(SentenceCandidate related, SentenceCandidate lead, EvidenceScorer scorer) {
            double both = scorer.coverageOfParts(List.of(lead.tokens(), related.tokens()));
            return new Gains(both - scorer.coverageOfParts(List.of(lead.tokens())),
                    both - scorer.coverageOfParts(List.of(related.tokens())));
        }
    }

    /**
     * When a who-question's best sentence opens with a pronoun ("وهو أصغر فائز…"), the sentence
     * before it names whom it is about.
     */
    private static Optional<SentenceCandidate> antecedent(SentenceCandidate lead, List<SentenceCandidate> ranked) {
        if (!startsWithPronoun(lead.sentence().text())) {
            return Optional.empty();
        }
        return ranked.stream()
                .filter(c -> c.article() == lead.article() && c.sentence().index() == lead.sentence().index() - 1
                        && c.sentence().section() == lead.sentence().section())
                .findFirst();
    }

    static boolean startsWithPronoun(String sentence) {
        List<String> first = ArabicTextNormalizer.openingWords(sentence, ArabicTextNormalizer.UNPUNCTUATED_WORD, 1);
        return !first.isEmpty()
                && (ArabicStopWords.PRONOUNS.contains(first.get(0)) || ENGLISH_PRONOUNS.contains(first.get(0)));
    }

    private static ShortAnswer shortAnswer(SentenceCandidate sentence, AskedQuestion question,
            Translated translated) {
        Optional<Span> span = ShortAnswerFinder.find(sentence.sentence().text(), question.analysis().type(),
                question.text(), translated.focus(), translated.counted());
        if (span.isEmpty()) {
            return null;
        }
        int start = sentence.sentence().start() + span.get().start();
        int end = sentence.sentence().start() + span.get().end();
        String text = sentence.article().text().substring(start, end);
        String rendered = question.english() ? ShortAnswerRenderer.english(text).orElse(null) : null;
        return new ShortAnswer(text, sentence.article().file(), start, end, rendered);
    }

    /**
     * Answer text with {@code [n]} markers, the citations they refer to, the short answer or null,
     * and the index in {@code citations} of the sentence chosen to answer (the lead): not always the
     * first, as a typed neighbour, an antecedent or a related sentence may go before it. A follow-up
     * is read from this one.
     */
    public record Draft(String text, List<Citation> citations, ShortAnswer shortAnswer, int leadCitation) {
    }

    /**
     * The sentence chosen to answer, all candidates ranked, the abstention model's view of the
     * sentence its own evidence ranks first (most often the same one),
     * the question's evidence the clauses of a long sentence are weighed by, and whether the lead
     * counts something else than what a how-many question asks ({@link Declines#otherToll}), names
     * no holder of the office a who-question asks for ({@link Declines#otherRole}), places nothing
     * in time for a when-question ({@link Declines#noTime}), and whether the judged sentence's
     * article mentions the question's words only in passing ({@link #inPassing}), and whether the
     * question names a person no article mentions ({@link Declines#absentPerson}), or an English one
     * names only what no chunk holds with no article ahead of the next ({@link Declines#unheldName}).
     */
    public record Choice(SentenceCandidate lead, List<SentenceCandidate> ranked, AbstentionFeatures features,
            EvidenceScorer scorer, boolean otherToll, boolean otherRole, boolean noTime, boolean inPassing,
            boolean absentPerson, boolean unheldName) {
    }
}
