package io.isnad.answer.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.isnad.answer.AnswerConfig;
import io.isnad.answer.AskedQuestion;
import io.isnad.answer.Citation;
import io.isnad.answer.Draft;
import io.isnad.answer.ExtractiveSettings;
import io.isnad.answer.ShortAnswer;
import io.isnad.answer.question.DefinitionQuestion;
import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionTranslations;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.shortanswer.AskedByNoun;
import io.isnad.answer.shortanswer.NamedAfterNoun;
import io.isnad.answer.shortanswer.NegatedClauses;
import io.isnad.answer.shortanswer.ShortAnswerFinder;
import io.isnad.answer.shortanswer.ShortAnswerRenderer;
import io.isnad.answer.shortanswer.Span;
import io.isnad.index.IndexAnalyzers;
import io.isnad.index.Snapshot;
import io.isnad.ingest.SentenceSplitter;
import io.isnad.ingest.TextSpan;
import io.isnad.ingest.arabic.ArabicNamingWords;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceScorer;

/**
 * Composes the answer from the lead sentence the answerer chose: the lead, cited from every article
 * that states the same fact, and the short answer inside it. A second sentence is added only when it
 * holds the kind of answer asked for and the first does not (first then, if a question word asked for
 * that kind), or, for an untyped question, when it holds a part of the question the first lacks (first
 * then, if that part is clearly the larger or names the noun the question asks about), goes on from
 * the first, or ranks all but level with it. A long answer sentence is quoted by the clauses that
 * answer, "…" marking what was left out, its citation the exact span of those clauses; or by two parts
 * of it, the subject's clauses and the asked clauses, each its own citation, when the clauses between
 * them are many.
 */
@ApplicationScoped
public class AnswerComposer {

    /** Sentences this alike say the same thing: cite the second as support instead of repeating it. */
    private static final double SAME_FACT_OVERLAP = 0.4;
    private static final int MAX_CITATIONS_PER_SENTENCE = 3;
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
    /**
     * Words of a sentence's opening that tell, for a question asking what something is, whether it
     * defines the term: a definition opens with its term ("الأسد حيوان من الثدييات…"), while a
     * sentence whose opening name holds the term further on ("بشار حافظ الأسد…") or that names it
     * later ("وقبل ذلك… بتخليق الباراسيتامول") tells something else about it. The ranking reads three
     * ({@link SentenceChooser#OPENING_WORDS}), enough for a term of a few words among the candidates;
     * between two sentences that both hold the term there, the one it opens decides.
     */
    static final int DEFINING_WORDS = 1;
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
    /** Marks after a bracket left out of a quote that the quote's next part does not open with. */
    private static final String CLAUSE_MARKS = "،,؛;:";

    private final ExtractiveSettings settings;

    @Inject
    AnswerComposer(AnswerConfig config) {
        this(config.extractive());
    }

    public AnswerComposer(ExtractiveSettings settings) {
        this.settings = settings;
    }

    /**
     * The answer's text and citations for the lead sentence chosen among {@code ranked}: the lead with
     * the same fact from other articles, a typed neighbour, an antecedent or a related sentence where
     * one belongs, a long sentence cut to the clauses that answer, and the short answer.
     *
     * @param askedNoun per evidence term of {@code scorer}, whether it stands for the noun the question
     *        asks about
     */
    public Draft compose(SentenceCandidate lead, List<SentenceCandidate> ranked, EvidenceScorer scorer,
            boolean[] askedNoun, Snapshot corpus, AskedQuestion question, QuestionTranslations translated) {
        List<List<SentenceCandidate>> groups = new ArrayList<>();
        groups.add(support(lead, ranked));
        Optional<SentenceCandidate> typedPart = typedNeighbour(lead, ranked, question.analysis(), scorer);
        Optional<SentenceCandidate> pointedTo = settings.maxSentences() > 1 && question.analysis().asksWhich()
                ? PointedAntecedent.of(lead, ranked, scorer, askedNoun, corpus.analyzers()) : Optional.empty();
        SentenceCandidate appended = null;
        if (pointedTo.isPresent()) {
            // The sentence the lead points to names the asked thing: it goes first, and alone, since
            // the lead's neighbour after or a related sentence would tell more of the pointer instead.
            groups.addFirst(List.of(pointedTo.get()));
        } else if (typedPart.isPresent() && settings.maxSentences() > 1) {
            if (question.analysis().byNoun() || typedPart.get().coverage() < OPENS
                    || turnsAway(lead, typedPart.get())) {
                groups.add(List.of(typedPart.get()));
            } else {
                groups.addFirst(List.of(typedPart.get()));
            }
        } else if (question.analysis().type() == QuestionType.PERSON && settings.maxSentences() > 1) {
            antecedent(lead, ranked).ifPresent(before -> groups.addFirst(List.of(before)));
        } else if (!question.analysis().type().typed() && !question.analysis().asksName()
                && settings.maxSentences() > 1) {
            boolean defining = DefinitionQuestion.asks(question.text());
            SentenceCandidate next = related(lead, ranked, groups.getFirst(), scorer).orElse(null);
            Gains gains = next == null ? null : gains(next, lead, scorer, askedNoun, defining, corpus);
            Optional<SentenceCandidate> goesOn = continuation(lead, ranked, scorer);
            if (goesOn.isPresent() && (next == null || !beside(next, lead) && !(joins(next, lead, gains)
                    && addsMore(gains)))) {
                next = goesOn.get();
                gains = gains(next, lead, scorer, askedNoun, defining, corpus);
            }
            if (next != null && joins(next, lead, gains)) {
                if (addsMore(gains) && !turnsAway(lead, next) && !TitleLine.asked(lead, question)) {
                    groups.addFirst(List.of(next));
                } else {
                    groups.add(List.of(next));
                    appended = next;
                }
            }
        }
        if (groups.size() == 1 && settings.maxSentences() > 1) {
            Optional<SentenceCandidate> givesAsked = askedPartNext(lead, ranked, question);
            if (givesAsked.isPresent()) {
                groups.add(List.of(givesAsked.get()));
                appended = givesAsked.get();
            }
        }
        quoteHead(lead, ranked, groups).ifPresent(head -> {
            int at = 0;
            while (groups.get(at).getFirst() != lead) {
                at++;
            }
            groups.add(at, List.of(head));
        });
        SentenceCandidate answering = lead.typed() || typedPart.isEmpty() || pointedTo.isPresent() ? lead
                : typedPart.get();
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
            List<ClauseCutter.Cut> parts = head == lead && !unplaced ? cut(lead, scorer, corpus, shortAnswer)
                    : head == appended ? cut(head, scorer, corpus, null)
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
            if (!after) {
                quoteRest(head, ranked, groups).ifPresent(rest -> {
                    int n = citations.size() + 1;
                    citations.add(Citation.of(n, rest.article(), rest.sentence(), rest.coverage()));
                    text.append(' ').append(rest.sentence().text()).append(" [").append(n).append(']');
                });
            }
        }
        return new Draft(text.toString(), List.copyOf(citations),
                shortAnswer != null ? shortAnswer : untypedShortAnswer(answering, question, translated), leadCitation);
    }

    /**
     * The parts of a long sentence the answer quotes: the clauses that hold the question's words and
     * the short answer, as one run or as two when that saves {@value #TWO_PARTS_SAVING} characters
     * ({@link ClauseCutter#parts}); a shorter sentence whole. Either without a bracket of names in other
     * languages that holds nothing asked ({@link #aroundNames}). The lead, also when another
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
        boolean holds = keep != null && keep.file().equals(c.article().file()) && keep.start() >= c.sentence().start()
                && keep.end() <= c.sentence().end();
        int keepStart = holds ? keep.start() - c.sentence().start() : sentence.length();
        int keepEnd = holds ? keep.end() - c.sentence().start() : 0;
        // Each clause is analysed once and matched once per question; a run is scored from its clauses' matches.
        IndexAnalyzers analyzers = corpus.analyzers();
        ToDoubleFunction<List<String>> coverage = run -> scorer.coverageOfParts(run.stream()
                .map(clause -> ClauseTokens.of(clause, analyzers))
                .toList());
        List<ClauseCutter.Cut> parts = sentence.length() <= LONG_SENTENCE
                ? List.of(new ClauseCutter.Cut(0, sentence.length()))
                : ClauseCutter.parts(sentence, coverage, keepStart, keepEnd, MAX_CUT_SHARE, TWO_PARTS_SAVING);
        return parts.size() == 1 ? aroundNames(sentence, parts.get(0), coverage, keepStart, keepEnd) : parts;
    }

    /**
     * A quote as two parts around the first bracket the sentence splitter read across ({@link
     * SentenceSplitter#bracketsReadAcross}) whose leaving out loses none of the question's words (the
     * quote's other words hold them too) and not the short answer: an encyclopaedia opening's names in
     * other languages ("(بالتركية العثمانية: …؛ بالتركية الحديثة: …)"), which tell an Arabic reader
     * nothing the question asked and lengthened the quote of every question about the subject by
     * about ninety characters; the cut whole otherwise ("ما ترجمة مرض السيدا بالإنجليزية؟" keeps
     * "(بالإنجليزية: AIDS؛ وبالفرنسية: SIDA)").
     */
    private static List<ClauseCutter.Cut> aroundNames(String sentence, ClauseCutter.Cut cut,
            ToDoubleFunction<List<String>> coverage, int keepStart, int keepEnd) {
        for (TextSpan bracket : SentenceSplitter.bracketsReadAcross(sentence)) {
            int resume = bracket.end();
            while (resume < cut.end() && (SentenceSplitter.isBlank(sentence.charAt(resume))
                    || CLAUSE_MARKS.indexOf(sentence.charAt(resume)) >= 0)) {
                resume++;
            }
            int stop = bracket.start();
            while (stop > cut.start() && SentenceSplitter.isBlank(sentence.charAt(stop - 1))) {
                stop--;
            }
            boolean inside = stop > cut.start() && resume < cut.end();
            boolean keeps = keepStart < bracket.end() && keepEnd > bracket.start();
            if (inside && !keeps && coverage.applyAsDouble(List.of(sentence.substring(cut.start(), stop),
                    sentence.substring(resume, cut.end()))) >= coverage.applyAsDouble(
                            List.of(sentence.substring(cut.start(), cut.end()))) - 1e-9) {
                return List.of(new ClauseCutter.Cut(cut.start(), stop), new ClauseCutter.Cut(resume, cut.end()));
            }
        }
        return List.of(cut);
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
     * held it in 3), and the answer should open with it; not when the later of the two turns to another
     * subject ({@link #turnsAway}). After the lead when a noun gave the kind ("ما نسبة…"، "ما
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
                .filter(c -> c.typed() && beside(c, lead) && scorer.coverageOfParts(List.of(c.tokens())) > 0)
                .findFirst();
    }

    /**
     * For a question whose answer has no type to check (what, why, how), a second sentence of the
     * same story holding nearly as much of the question's evidence: such answers often run over two
     * sentences. Not the same fact again (that is cited on the lead), never the appended story. Of
     * the first ranked and the sentences of the lead's article ranked all but level with it ({@value
     * #TIED}), the one holding the most of the question the lead lacks: the ranking cannot tell these
     * apart, and a sentence that edges ahead for repeating the lead's heaviest word (a name both
     * hold) says less of what the lead misses (Kearney Boulevard's palm trees quoted after the lead,
     * .003 above the section named Brookhaven that the question asks for). Not a sentence of another
     * article: one that adds a word of the question there does so in passing (on xquad-dev's tuning
     * part such sentences gained one answer and lost one; docs/answers.md, "en40b").
     */
    Optional<SentenceCandidate> related(SentenceCandidate lead, List<SentenceCandidate> ranked,
            List<SentenceCandidate> leadGroup, EvidenceScorer scorer) {
        double bar = Math.max(settings.minEvidence(), settings.relatedRatio() * lead.coverage());
        List<SentenceCandidate> eligible = ranked.stream()
                .filter(c -> !leadGroup.contains(c) && c.coverage() >= bar
                        && c.sentence().section() == lead.sentence().section()
                        && lead.tokens().overlap(c.tokens()) < SAME_FACT_OVERLAP)
                .toList();
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        double level = eligible.getFirst().rankScore() - TIED;
        SentenceCandidate best = eligible.getFirst();
        double bestGain = Gains.of(best, lead, scorer, new boolean[0]).related();
        for (SentenceCandidate c : eligible.subList(1, eligible.size())) {
            if (c.rankScore() <= level) {
                break;
            }
            if (c.article() != lead.article()) {
                continue;
            }
            double gain = Gains.of(c, lead, scorer, new boolean[0]).related();
            if (gain > bestGain) {
                best = c;
                bestGain = gain;
            }
        }
        return Optional.of(best);
    }

    /**
     * The sentence just after a lead that lacks the part of the answer a question asks by a kind of word, when that
     * sentence holds it and does not turn to another subject ({@link #turnsAway}); it joins after the lead. Such a
     * sentence holds few of the question's words itself, so it ranks far below the lead that names the subject,
     * and it is not the kind of answer a type checks:
     * <ul>
     * <li>a question asking what did not happen or is not so ({@link NegatedClauses#negates}: "ما الذي لم يكن
     * موجوداً بالمستحاثات…؟", "Who may not require…?") and a lead that negates nothing, which cannot say what was
     * not: the next sentence that negates ({@link NegatedClauses#sentenceNegates}: "ثم وجدت ثلاثة أنواع أخرى… في
     * صخور بورجس" / "ولم تمتلك أي من الثلاثة المجسّات…");</li>
     * <li>a question asking for a name ({@link QuestionAnalysis#asksName}, {@link QuestionAnalysis#asksNameOfHead})
     * and a lead giving none by a word of naming ({@link ArabicNamingWords#names}): the next sentence that names
     * and refers back to the lead ({@link SentenceChooser#refersBack}), whose subject the name is ("أصبحت
     * النظرية المقبولة… أن الطاعون قد نتج عن فساد الهواء" / "تُعرف هذه النظرية اليوم بنظرية ميازما").</li>
     * </ul>
     * Not for a yes/no question: its "or not" (أم لا، ولا لأ) asks of the whole statement.
     */
    static Optional<SentenceCandidate> askedPartNext(SentenceCandidate lead, List<SentenceCandidate> ranked,
            AskedQuestion question) {
        QuestionAnalysis analysis = question.analysis();
        Predicate<String> part;
        Predicate<String> tied;
        if (analysis.type() == QuestionType.YESNO) {
            return Optional.empty();
        } else if (NegatedClauses.negates(ArabicTextNormalizer.normalize(question.text()))) {
            part = text -> NegatedClauses.sentenceNegates(ArabicTextNormalizer.normalize(text));
            tied = text -> true;
        } else if (analysis.asksName() || analysis.asksNameOfHead()) {
            part = ArabicNamingWords::names;
            tied = SentenceChooser::refersBack;
        } else {
            return Optional.empty();
        }
        if (part.test(lead.sentence().text())) {
            return Optional.empty();
        }
        return ranked.stream()
                .filter(c -> atOffset(c, lead, 1) && !turnsAway(lead, c) && part.test(c.sentence().text())
                        && tied.test(c.sentence().text()))
                .findFirst();
    }

    /**
     * The rest of a quote the splitter cut at an ellipsis in {@code quoted} ({@link QuoteCut}): the sentence after it
     * in its story and section, when the answer quotes it nowhere else. A speaker's words run on past the pause, and
     * what the quote was quoted for may stand after it: "what role does Iran play in the ground operations,
     * according to him?" is answered by "…وأضاف شمخاني أن "إيران اليوم…للتصدي للفتن التكفيرية.." only with its
     * "جعلت روسيا القوية… إلى جانب العمليات الأرضية التي تقوم بلادنا بالتخطيط والاستشارة لها…".
     */
    private static Optional<SentenceCandidate> quoteRest(SentenceCandidate quoted, List<SentenceCandidate> ranked,
            List<List<SentenceCandidate>> groups) {
        if (!QuoteCut.endsInsideQuote(quoted.sentence().text())) {
            return Optional.empty();
        }
        return ranked.stream().filter(c -> atOffset(c, quoted, 1)).findFirst()
                .filter(rest -> groups.stream().noneMatch(g -> g.contains(rest)));
    }

    /**
     * The head of a quote the lead closes ({@link QuoteCut#closesQuoteOf}): the sentence before it in its story and
     * section, which opened the speaker's words, when the answer quotes it nowhere else. It goes before the lead, as
     * the article reads: the tail alone cites words cut from their speaker, and what they answer may stand in the
     * head ("وشگد صرفت فلوس هناك؟" led by "أموال هذا الشعب تم إنفاقها هناك"." is answered by its head's "…بأن طهران
     * أنفقت ما بين 20 إلى 30 مليار دولار في سوريا، وقال: "من المفترض أن نستعيد هذا المال من سوريا.").
     */
    private static Optional<SentenceCandidate> quoteHead(SentenceCandidate lead, List<SentenceCandidate> ranked,
            List<List<SentenceCandidate>> groups) {
        return ranked.stream()
                .filter(c -> atOffset(c, lead, -1)
                        && QuoteCut.closesQuoteOf(c.sentence().text(), lead.sentence().text()))
                .findFirst()
                .filter(head -> groups.stream().noneMatch(g -> g.contains(head)));
    }

    /**
     * For a question whose answer has no type to check: the sentence just after the lead that refers
     * back to it ({@link SentenceChooser#refersBack}: كما أنه…، وهو…، تُعرف هذه النظرية…، تمكن الإسكندر
     * خلالها…) and holds a part of the question's evidence the lead lacks. Such a sentence names the lead's subject by a
     * pronoun or a pointer, so it holds few of the question's words itself and ranks below sentences
     * elsewhere that repeat them; yet it tells more of the lead's subject, where the answer the lead
     * lacks most often stands (docs/answers.md, "coref34"). It is preferred over a related sentence
     * that is not beside the lead.
     */
    static Optional<SentenceCandidate> continuation(SentenceCandidate lead, List<SentenceCandidate> ranked,
            EvidenceScorer scorer) {
        return ranked.stream()
                .filter(c -> atOffset(c, lead, 1) && SentenceChooser.refersBack(c.sentence().text())
                        && Gains.of(c, lead, scorer, new boolean[0]).related() > 0)
                .findFirst();
    }

    private static Gains gains(SentenceCandidate related, SentenceCandidate lead, EvidenceScorer scorer,
            boolean[] askedNoun, boolean defining, Snapshot corpus) {
        return Gains.of(related, lead, scorer, askedNoun, defining ? definesMore(related, lead, scorer, corpus) : 0);
    }

    /** Whether {@code c} is the sentence just before or after the lead in its story. */
    private static boolean beside(SentenceCandidate c, SentenceCandidate lead) {
        return atOffset(c, lead, 1) || atOffset(c, lead, -1);
    }

    /**
     * Whether {@code c} stands {@code offset} sentences after the lead (before it where negative) in the
     * lead's article and section: an appended story is never the lead's neighbour.
     */
    static boolean atOffset(SentenceCandidate c, SentenceCandidate lead, int offset) {
        return c.article() == lead.article() && c.sentence().section() == lead.sentence().section()
                && c.sentence().index() - lead.sentence().index() == offset;
    }

    /**
     * Whether the related sentence joins the lead: when it holds a part of the question's evidence
     * the lead lacks ({@value #ADDS_PART} of its weight), when it is the sentence just before or
     * after the lead (the answer running on over two sentences of one story), or when the two rank
     * all but level ({@value #TIED}), so that the lead may not be the one that answers. Not a
     * sentence elsewhere that only repeats the lead's words: it seldom holds the answer the lead
     * misses and about doubled the answer's length. Never, for a question asking what something is,
     * a sentence that does not open with the term after a lead that does: the definition answers
     * alone, and the other sentence tells something else about the term.
     */
    static boolean joins(SentenceCandidate related, SentenceCandidate lead, Gains gains) {
        if (gains.defines() < 0) {
            return false;
        }
        boolean next = related.article() == lead.article()
                && Math.abs(related.sentence().index() - lead.sentence().index()) == 1;
        return gains.related() >= ADDS_PART || next
                || lead.rankScore() - related.rankScore() < TIED;
    }

    /**
     * For a question asking what something is: how much more of the question the related sentence's
     * first {@value #DEFINING_WORDS} word holds than the lead's, positive when it opens with the term
     * and the lead does not.
     */
    static double definesMore(SentenceCandidate related, SentenceCandidate lead, EvidenceScorer scorer,
            Snapshot corpus) {
        return opens(related, scorer, corpus) - opens(lead, scorer, corpus);
    }

    private static double opens(SentenceCandidate c, EvidenceScorer scorer, Snapshot corpus) {
        return scorer.coverageOfParts(List.of(
                SentenceChooser.opening(c.sentence().text(), DEFINING_WORDS, corpus.analyzers())));
    }

    /**
     * Whether the related sentence goes first, unless the later of the two turns to another subject
     * ({@link #turnsAway}). For a question asking what something is, when it
     * opens with the term and the lead does not, and never when the lead does and it does not: the
     * definition is the answer, whatever else the other sentence holds (on arcd-train's tuning part
     * the paracetamol's history went before its definition for holding the term in a spelling the
     * definition's Persian letters miss). Otherwise when it holds clearly more of the question's evidence
     * that the lead lacks ({@value #ADDS_MORE} of its weight) than the lead holds that it lacks, or
     * when it names the noun the question asks about and the lead does not. The lead won on the
     * context its neighbours lend and on its passage; the pair answers together, and the sentence
     * with the words only it has is the one the question is about ("ما الجماعة العرقية التي يعتبر
     * جانب فريسنو الغربي مركزاً لها؟": the lead names the west side, the related sentence the centre
     * and the group, a word that weighs little among the question's).
     */
    static boolean addsMore(Gains gains) {
        if (gains.defines() != 0) {
            return gains.defines() > 0;
        }
        return gains.related() > gains.lead() + ADDS_MORE || gains.namesAsked();
    }

    /**
     * The share of the question's evidence the related sentence holds and the lead lacks, and the
     * share the lead holds and the related sentence lacks: what each adds to the other, from one
     * coverage of the pair (a term counts by its best match in either, so the order does not matter).
     * And whether the related sentence, of the lead's own article, names the asked noun the lead
     * does not: in one story the sentence that names it tells of the thing asked about. A related
     * sentence of another story that names it does so in passing (يلقب in a song's sentence for "ما
     * هو لقب اللاعب…"، بطريق in a road's for "ما هي الطريقة…"): on the tuning parts putting such
     * sentences first lost 8 first sentences for 2, those of the lead's article gained 3 for 1
     * (docs/answers.md, "Twenty-ninth round"). And, for a question asking what something is, how much
     * more of it the related sentence's opening holds than the lead's ({@link #definesMore}; 0 else).
     */
    record Gains(double related, double lead, boolean namesAsked, double defines) {

        /** The gains for a question that asks no definition. */
        static Gains of(SentenceCandidate related, SentenceCandidate lead, EvidenceScorer scorer,
                boolean[] askedNoun) {
            return of(related, lead, scorer, askedNoun, 0);
        }

        /**
         * @param askedNoun per evidence term, whether it stands for the noun the question asks about
         * @param defines {@link #definesMore} for a question asking what something is, 0 else
         */
        static Gains of(SentenceCandidate related, SentenceCandidate lead, EvidenceScorer scorer,
                boolean[] askedNoun, double defines) {
            double both = scorer.coverageOfParts(List.of(lead.tokens(), related.tokens()));
            return new Gains(both - scorer.coverageOfParts(List.of(lead.tokens())),
                    both - scorer.coverageOfParts(List.of(related.tokens())),
                    related.article() == lead.article() && namesAsked(related, lead, scorer, askedNoun), defines);
        }

        private static boolean namesAsked(SentenceCandidate related, SentenceCandidate lead, EvidenceScorer scorer,
                boolean[] askedNoun) {
            boolean[] inRelated = scorer.foundIn(List.of(related.tokens()));
            boolean[] inLead = scorer.foundIn(List.of(lead.tokens()));
            for (int t = 0; t < askedNoun.length; t++) {
                if (askedNoun[t] && inRelated[t] && !inLead[t]) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Whether {@code other} and the lead, of one story, speak of different subjects: the later of the
     * two opens by turning to another ({@link SentenceChooser#shiftsTopic}). The lead then goes first,
     * as it ranked first on the question's words: "اين تقع ولاية هاواي؟" is answered by "أما ولاية
     * هاواي… فتقع في منتصف المحيط الهادئ", not by Alaska's place in the sentence before, whose place
     * the finder reads and the ocean it does not; nor is "منو الرئيس الايراني اللي اتهم…" answered first
     * by "من جهته، أبرق رئيس البرلمان…" after the president's sentence.
     */
    static boolean turnsAway(SentenceCandidate lead, SentenceCandidate other) {
        if (other.article() != lead.article() || other.sentence().section() != lead.sentence().section()) {
            return false;
        }
        SentenceCandidate later = other.sentence().index() > lead.sentence().index() ? other : lead;
        return SentenceChooser.shiftsTopic(later.sentence().text());
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
                .filter(c -> atOffset(c, lead, -1))
                .findFirst();
    }

    static boolean startsWithPronoun(String sentence) {
        List<String> first = ArabicTextNormalizer.openingWords(sentence, ArabicTextNormalizer.UNPUNCTUATED_WORD, 1);
        return !first.isEmpty()
                && (ArabicStopWords.PRONOUNS.contains(first.get(0)) || ENGLISH_PRONOUNS.contains(first.get(0)));
    }

    private static ShortAnswer shortAnswer(SentenceCandidate sentence, AskedQuestion question,
            QuestionTranslations translated) {
        return shortAnswer(sentence, question, question.analysis().type(), translated);
    }

    /** The short answer of a question whose type gave none: by a late question word, else by the noun it asks. */
    private static ShortAnswer untypedShortAnswer(SentenceCandidate sentence, AskedQuestion question,
            QuestionTranslations translated) {
        ShortAnswer late = lateShortAnswer(sentence, question, translated);
        return late != null ? late : askedByNounShortAnswer(sentence, question);
    }

    /**
     * The short answer of a question typed other that asks an outlet's name, a nickname or a rank by its noun
     * ({@link AskedByNoun}: أي وكالة → وكالة "مهر"), or what a thing is called by the name a sentence writes unquoted
     * after its kind's noun ({@link NamedAfterNoun}: ماسم أكثر المطارات… → مطار سان دييغو الدولي); null for any other
     * question. Added after the answer is composed, as {@link #lateShortAnswer} is, so the quoted sentences and
     * their cut are unchanged; a name found here does tell {@code DraftDeclines.givesNoName} that one is given.
     */
    private static ShortAnswer askedByNounShortAnswer(SentenceCandidate sentence, AskedQuestion question) {
        String text = sentence.sentence().text();
        return AskedByNoun.find(text, question.analysis())
                .or(() -> NamedAfterNoun.find(text, question.analysis()))
                .map(span -> shortAnswer(sentence, question, span))
                .orElse(null);
    }

    /**
     * The short answer of an English question its lead words leave untyped but a later question word asks a
     * figure, a date, a place or a person of ({@link QuestionAnalysis#lateType}: "Of Warsaw's inhabitants in
     * 1901, what percentage was Catholic?"), found in the sentence the answer leads with; null for any other question.
     * It is added after the answer is composed: the quoted sentences, their cut and the declines are those of
     * the untyped question, so only the short answer is new (docs/answers.md, "em45").
     */
    private static ShortAnswer lateShortAnswer(SentenceCandidate sentence, AskedQuestion question,
            QuestionTranslations translated) {
        QuestionType late = question.analysis().lateType();
        return late == QuestionType.OTHER || !question.english() ? null
                : shortAnswer(sentence, question, late, translated);
    }

    private static ShortAnswer shortAnswer(SentenceCandidate sentence, AskedQuestion question, QuestionType type,
            QuestionTranslations translated) {
        Optional<Span> span = ShortAnswerFinder.find(sentence.sentence().text(), type,
                question.text(), question.searched(), question.analysis(), translated.focus(), translated.counted());
        return span.map(s -> shortAnswer(sentence, question, s, type == QuestionType.NUMBER
                ? ShortAnswerFinder.renderedFigure(sentence.sentence().text(), s, translated.counted()) : s))
                .orElse(null);
    }

    private static ShortAnswer shortAnswer(SentenceCandidate sentence, AskedQuestion question, Span span) {
        return shortAnswer(sentence, question, span, span);
    }

    /**
     * The short answer {@code span}; an English question's rendering is made of {@code renderedPart}, the span or
     * a part of it ({@link ShortAnswerFinder#renderedFigure}).
     */
    private static ShortAnswer shortAnswer(SentenceCandidate sentence, AskedQuestion question, Span span,
            Span renderedPart) {
        int start = sentence.sentence().start() + span.start();
        int end = sentence.sentence().start() + span.end();
        String text = sentence.article().text().substring(start, end);
        String rendered = question.english() ? ShortAnswerRenderer.english(sentence.sentence().text()
                .substring(renderedPart.start(), renderedPart.end())).orElse(null) : null;
        return new ShortAnswer(text, sentence.article().file(), start, end, rendered);
    }

    /**
     * The sentences the answer quotes, as {@link #compose} picks them: the lead with its typed
     * neighbour, or with the antecedent of a lead that opens with a pronoun.
     */
    public static Stream<SentenceCandidate> quotedWithLead(SentenceCandidate lead, List<SentenceCandidate> ranked,
            AskedQuestion question, EvidenceScorer scorer) {
        return Stream.concat(Stream.of(lead),
                typedNeighbour(lead, ranked, question.analysis(), scorer).or(() -> antecedent(lead, ranked)).stream());
    }
}
