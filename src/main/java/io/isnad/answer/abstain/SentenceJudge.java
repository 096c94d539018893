package io.isnad.answer.abstain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.apache.lucene.index.Term;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.question.AskedNoun;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.sentence.SentenceCandidate;
import io.isnad.answer.shortanswer.KnownNames;
import io.isnad.index.IndexAnalyzers;
import io.isnad.index.IndexField;
import io.isnad.index.SentenceTokens;
import io.isnad.index.Snapshot;
import io.isnad.ingest.Section;
import io.isnad.ingest.arabic.ArabicCalendarWords;
import io.isnad.ingest.arabic.ArabicLoanwordSpellings;
import io.isnad.ingest.arabic.ArabicPlaceNames;
import io.isnad.ingest.arabic.ArabicQuestionWords;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.ingest.arabic.ArabicTypos;
import io.isnad.retrieve.EvidenceScorer;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.LanguageDetector;
import io.isnad.retrieve.Passage;
import io.isnad.retrieve.Retrieval;

/**
 * What the abstention model sees of a candidate sentence: its coverage and heaviest missing word,
 * its article's evidence and the question words neither it nor the corpus holds.
 *
 * @param slotWords the words of the sentences the alignments read, kept from question to question
 * @param words the question's text and its Arabic words, split once for every reading and check
 * @param reading the question's names and wording over {@code evidence}, read once per question
 * @param arabicReading the question read as Arabic, for the checks of a question searched in Arabic:
 *        {@code reading} itself unless the question was asked in English yet searched in Arabic, which
 *        is then read again, once
 */
public record SentenceJudge(Snapshot corpus, Retrieval retrieval, AskedQuestion question, List<EvidenceTerm> evidence,
        EvidenceScorer scorer, int rootlessMinRoots, SentenceSlotWords slotWords, QuestionWords words,
        QuestionReading reading, QuestionReading arabicReading) {

    /**
     * A judge of the question's sentences, the question read in the language it was asked in; {@code slotWords}
     * keeps the words of the sentences its alignments read, from question to question.
     */
    public SentenceJudge(Snapshot corpus, Retrieval retrieval, AskedQuestion question, List<EvidenceTerm> evidence,
            EvidenceScorer scorer, int rootlessMinRoots, SentenceSlotWords slotWords) {
        this(corpus, retrieval, question, evidence, scorer, rootlessMinRoots, slotWords,
                QuestionWords.of(question.text()));
    }

    private SentenceJudge(Snapshot corpus, Retrieval retrieval, AskedQuestion question, List<EvidenceTerm> evidence,
            EvidenceScorer scorer, int rootlessMinRoots, SentenceSlotWords slotWords, QuestionWords words) {
        this(corpus, retrieval, question, evidence, scorer, rootlessMinRoots, slotWords, words,
                QuestionReading.of(words, question.analysis().head(), evidence, corpus.analyzers(),
                        question.english()));
    }

    private SentenceJudge(Snapshot corpus, Retrieval retrieval, AskedQuestion question, List<EvidenceTerm> evidence,
            EvidenceScorer scorer, int rootlessMinRoots, SentenceSlotWords slotWords, QuestionWords words,
            QuestionReading reading) {
        this(corpus, retrieval, question, evidence, scorer, rootlessMinRoots, slotWords, words, reading,
                question.english() && !searchedInEnglish(retrieval)
                        ? QuestionReading.of(words, question.analysis().head(), evidence, corpus.analyzers(), false)
                        : reading);
    }

    /** Evidence weight at which the abstention model's {@code mass} feature reaches one half. */
    private static final double MASS_SCALE = 10;
    /**
     * Coverage of the question's other words by the judged sentence at which an unknown word shaped
     * like a name counts as a missing name ({@link #missingName}).
     */
    static final double REST_HELD = 0.9;
    /**
     * The same coverage for an unknown word spelled as a foreign name ({@link
     * ArabicLoanwordSpellings#looksTransliterated}: ليوناردو، نيكولاس): it cannot be a derived or inflected
     * form of an article's word phrased otherwise, the common case of an unknown word in an answerable
     * question, so it is a name the articles never mention even where the sentence holds less of the rest
     * (docs/answers.md, "Thirtieth round: near-miss questions answered").
     */
    static final double REST_HELD_TRANSLITERATED = 0.5;
    /**
     * The same coverage for an unknown word no word of the corpus shares a root skeleton with ({@link
     * #rootless}): a paraphrase uses a root of the language, which a corpus of news in that language
     * mostly holds in some word, where a name the articles never mention (تاغاريان، نورتروب، مستطيله)
     * has no such kin (docs/answers.md, "Thirty-first round: near-miss questions answered").
     */
    static final double REST_HELD_ROOTLESS = 0.6;

    /**
     * The fewest other question words a sentence must hold for {@link #wordingAside} to set unwritten wording
     * aside.
     */
    static final int WORDING_ASIDE_REST = 4;
    /** Coverage read as holding every weighed term in full (a root or variant match counts less than one). */
    private static final double HELD_IN_FULL = 0.999;

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

    /**
     * Whether an Arabic question names a place or person the lexicon knows that no chunk writes in any
     * spelling ({@link UnwrittenNames}); false for an English question. Computed once per question by
     * the caller and handed to {@link #features} and {@link Declines#unheldName}, which both read it.
     */
    public boolean unwrittenName() {
        return !english() && UnwrittenNames.any(words, evidence, arabicReading().names(), corpus);
    }

    /**
     * The features of the sentence judged: {@code lead}, the sentence quoted, only tells whether the
     * answer stays in the conversation's story; {@code unwrittenName} is {@link #unwrittenName()}.
     */
    public AbstentionFeatures features(SentenceCandidate judged, SentenceCandidate lead, boolean unwrittenName) {
        List<SentenceTokens> articleTokens = corpus.sentenceTokens(judged.article().file());
        EvidenceScorer.ArticleCheck article = judged.articleCheck();
        AbsentEvidence absent = absent(judged);
        boolean english = english();
        // The noun the question asks about, held only loosely (a short light stem, a variant, a root, a
        // word of a phrase), counts as missing: such matches made unrelated sentences look answered
        // (docs/answers.md, "Eighteenth round: a loosely held asked noun as missing").
        Optional<WordingAside> aside = wordingAside(judged, articleTokens)
                .or(() -> speakerHeld(judged, articleTokens))
                .or(() -> yearNamed(judged, articleTokens))
                .or(() -> frameAside(judged, articleTokens));
        EvidenceScorer weighed = aside.map(WordingAside::scorer).orElse(scorer);
        double coverage = aside.map(rest -> rest.assessment().coverage()).orElse(judged.coverage());
        double largestMissing = Math.max(aside.map(rest -> rest.assessment().largestMissing())
                        .orElse(judged.largestMissing()),
                weighed.looselyHeld(judged.article(), articleTokens, judged.sentence(), askedNoun()));
        double articleMissing = aside.map(rest -> rest.scorer().share(notIn(article.found())))
                .orElse(article.missingShare());
        return new AbstentionFeatures(coverage, largestMissing, articleMissing,
                question.analysis().type().typed() && !judged.typed() ? 1 : 0, margin(retrieval.passages()),
                judged.sentence().section() == Section.APPENDIX ? 1 : 0, inConversation(judged, lead) ? 1 : 0,
                english && retrieval.dictionary() ? 1 : 0, english && !retrieval.dictionary() ? 1 : 0,
                judged.assessment().credit() / (judged.assessment().credit() + MASS_SCALE),
                judged.assessment().heaviestFound() ? 1 : 0, article.heaviestFound() ? 1 : 0,
                absent.unknownWord() ? 1 : 0, absent.strangeShare(), absent.numberMissing() ? 1 : 0,
                missingName(absent, undefined(absent.unknownNames()), unwrittenName, scorer, judged, articleTokens)
                        ? 1 : 0);
    }

    /**
     * The question's evidence with its unwritten wording weighing nothing, when the judged sentence (with
     * its neighbours) holds all the rest, {@value #WORDING_ASIDE_REST} terms or more, in full; empty
     * otherwise. Unwritten wording is a word of the question's own phrasing ({@link QuestionWording}: a
     * dialect or paraphrasing verb, خلّت، تتصالح، صارت) that no chunk holds in any form: no sentence can
     * hold it, so it is no evidence against the one that holds everything else the question names. The
     * model read it as the heaviest missing word and declined such sentences (docs/answers.md, "fresh41b").
     * A word of no root the corpus writes ({@link #rootless}) is not set aside: a paraphrase uses a root of
     * the language, a name swapped into the sentence's story (تسلا, read as a verb for its ت) has none.
     * A question with fewer other words is left as it was: "متى انتهت الحرب العالمية الأولى؟" asks a
     * corpus about another war with three words it holds, and its unwritten verb is what it asks. The
     * judged sentence's assessment that decides it is returned with it, for the features to read.
     */
    Optional<WordingAside> wordingAside(SentenceCandidate judged, List<SentenceTokens> articleTokens) {
        boolean[] wording = reading.wording();
        List<EvidenceTerm> worded = IntStream.range(0, evidence.size()).filter(t -> wording[t]).mapToObj(evidence::get)
                .toList();
        if (worded.isEmpty()) {
            return Optional.empty();
        }
        // Which wording no chunk writes is asked of the index only if the sentence holds the rest in full with
        // every wording word set aside: a search cluster is not asked for the other questions, and is asked
        // once, for all the wording's forms, for these.
        List<EvidenceTerm> lenient = IntStream.range(0, evidence.size())
                .mapToObj(t -> wording[t] ? evidence.get(t).withWeight(0) : evidence.get(t)).toList();
        WordingAside leniently = WordingAside.of(scorer.reweighted(lenient), judged, articleTokens);
        if (!leniently.heldInFull()) {
            return Optional.empty();
        }
        Map<Term, Integer> counts = corpus.docFreqs(worded.stream().flatMap(t -> AbsentEvidence.asWritten(t).stream())
                .toList());
        List<EvidenceTerm> rest = IntStream.range(0, evidence.size())
                .mapToObj(t -> wording[t] && !AbsentEvidence.indexed(evidence.get(t), counts)
                        && !rootless(evidence.get(t), articleTokens) ? evidence.get(t).withWeight(0) : evidence.get(t))
                .toList();
        long kept = rest.stream().filter(t -> t.weight() > 0).count();
        if (kept == evidence.size() || kept < WORDING_ASIDE_REST) {
            return Optional.empty();
        }
        // Every wording word unwritten and of a root the corpus writes: the rest is the lenient evidence, held.
        WordingAside aside = rest.equals(lenient) ? leniently
                : WordingAside.of(scorer.reweighted(rest), judged, articleTokens);
        return aside.heldInFull() ? Optional.of(aside) : Optional.empty();
    }

    /**
     * The judged sentence assessed with a who-question's verb of saying held by the words it reports speech with
     * ({@link ReportedSpeaker}), when that holds more of the question than its own words do; empty otherwise.
     */
    Optional<WordingAside> speakerHeld(SentenceCandidate judged, List<SentenceTokens> articleTokens) {
        return ReportedSpeaker.widened(question, words, evidence, corpus.analyzers(), english(),
                        judged.sentence().text())
                .flatMap(widened -> holdingMore(widened, judged, articleTokens));
    }

    /**
     * The judged sentence assessed with an Arabic when-question's year noun ({@link ArabicCalendarWords#isYearWord}:
     * the سنة of "سنة كام؟"، أي عام) weighing nothing, when the sentence names a year ({@link
     * ArabicCalendarWords#namesYear}) and so holds more of the question; empty otherwise. The noun asks for the
     * year, which the sentence gives as its figure, and speech asks by سنة where news dates by عام ("منذ عام
     * 2020" for "من سنة كام؟"): over the seeds سنة is written nowhere, and the model read it as the heaviest
     * missing word of a sentence that answers (docs/answers.md, "arf47"). A month's or a day's noun is not read
     * so: a year does not name the month asked.
     */
    Optional<WordingAside> yearNamed(SentenceCandidate judged, List<SentenceTokens> articleTokens) {
        if (english() || question.analysis().type() != QuestionType.DATE
                || !ArabicCalendarWords.namesYear(judged.sentence().text())) {
            return Optional.empty();
        }
        Set<String> stems = new HashSet<>();
        words.arabic().stream().filter(ArabicCalendarWords::isYearWord)
                .forEach(word -> stems.addAll(corpus.analyzers().wordStems(word)));
        List<EvidenceTerm> yearless = evidence.stream()
                .map(term -> stems.contains(term.label()) ? term.withWeight(0) : term).toList();
        return yearless.equals(evidence) ? Optional.empty() : holdingMore(yearless, judged, articleTokens);
    }

    /**
     * The judged sentence assessed with the Arabic question's frame ({@link QuestionFrame}: the report it points at,
     * "the story of", "what happened", the verb of "what did he call it") weighing nothing, when that holds more of
     * the question; empty otherwise. No answer sentence repeats a question's frame, and the model read it as the
     * heaviest missing word of sentences that answer ("رئيسي سمّى اللي حصل في حمص إيه؟", docs/answers.md, "faar53").
     */
    Optional<WordingAside> frameAside(SentenceCandidate judged, List<SentenceTokens> articleTokens) {
        boolean[] frame = reading.frame();
        if (IntStream.range(0, frame.length).noneMatch(t -> frame[t])) {
            return Optional.empty();
        }
        List<EvidenceTerm> frameless = IntStream.range(0, evidence.size())
                .mapToObj(t -> frame[t] ? evidence.get(t).withWeight(0) : evidence.get(t)).toList();
        return holdingMore(frameless, judged, articleTokens);
    }

    /**
     * The judged sentence assessed with the question's evidence re-read as {@code reread}, when that holds more of
     * the question than its own evidence does ({@link #speakerHeld}, {@link #yearNamed}, {@link #frameAside}); empty
     * otherwise.
     */
    private Optional<WordingAside> holdingMore(List<EvidenceTerm> reread, SentenceCandidate judged,
            List<SentenceTokens> articleTokens) {
        return Optional.of(WordingAside.of(scorer.reweighted(reread), judged, articleTokens))
                .filter(held -> held.assessment().coverage() > judged.coverage());
    }

    /**
     * The question's evidence re-read (some wording weighing nothing, a verb of saying held by the sentence's
     * reporting words, or a when-question's year noun weighing nothing), and the judged sentence as it assesses
     * it ({@link EvidenceScorer#assess}, with the article's terms as the sentence's own check found them):
     * the assessment that tells whether the sentence holds the rest in full is the one the features read.
     */
    record WordingAside(EvidenceScorer scorer, EvidenceScorer.Assessment assessment) {

        static WordingAside of(EvidenceScorer scorer, SentenceCandidate judged, List<SentenceTokens> articleTokens) {
            return new WordingAside(scorer, scorer.assess(judged.article(), articleTokens, judged.sentence(),
                    judged.articleCheck()));
        }

        boolean heldInFull() {
            return assessment.coverage() >= HELD_IN_FULL;
        }
    }

    private static boolean[] notIn(boolean[] found) {
        boolean[] missing = new boolean[found.length];
        IntStream.range(0, found.length).forEach(t -> missing[t] = !found[t]);
        return missing;
    }

    /**
     * The question's words the judged sentence's article lacks, read by {@link #features} and by the
     * diagnosis that tells which of them made a name missing.
     */
    public AbsentEvidence absent(SentenceCandidate judged) {
        List<SentenceTokens> articleTokens = corpus.sentenceTokens(judged.article().file());
        boolean[] found = judged.articleCheck().found();
        boolean[] otherForm = scorer.sameVerb(articleTokens, found);
        // Words the judged sentence holds in another form are no unknown words either.
        judged.assessment().excused().forEach(t -> otherForm[t] = true);
        // Nor is a function word with a glued pronoun, which no answer sentence needs (FunctionWordStems), nor the
        // question's frame, which none repeats (QuestionFrame), nor a verb whose root's first و the stemmer cut
        // where the corpus writes its bare past (FirstRadicalWawStems).
        boolean[] functionWords = reading.functionWords();
        boolean[] frame = reading.frame();
        boolean[] wawVerbs = FirstRadicalWawStems.of(words, evidence, corpus, english());
        IntStream.range(0, functionWords.length).filter(t -> functionWords[t] || frame[t] || wawVerbs[t])
                .forEach(t -> otherForm[t] = true);
        return AbsentEvidence.of(corpus, evidence, found, articleTokens, reading.names(), reading.wording(), otherForm);
    }

    /**
     * Whether a name of the question is missing from the article: one the lexicon knows
     * ({@link AbsentEvidence#nameMissing}), a figure no article gives ({@link AbsentEvidence#unknownFigure}:
     * a swapped-in year or count weighed only {@code numberMissing} and was answered about one time
     * in five, docs/answers.md, "Twentieth round: a figure no article gives"), a known name of an Arabic
     * question no chunk writes in any spelling ({@link UnwrittenNames}: held by the article only through
     * a fold, لبنان as لبن), or a word no indexed
     * article holds in any form, shaped like a name ({@link AbsentEvidence#unknownNames}) and written
     * without the article ({@link #undefined}) in a
     * question whose other words the judged sentence all but holds ({@value #REST_HELD} of their
     * weight, {@value #REST_HELD_TRANSLITERATED} for a word spelled as a foreign name, {@value
     * #REST_HELD_ROOTLESS} for a word of a root the corpus never writes). That is a question
     * about the sentence's own story with one person, place or thing the articles never mention ("What did Putin say about the visit?"); an unknown word of an answerable
     * question is mostly a paraphrase, and then the sentence usually misses more of the rest as well
     * (docs/answers.md, "Nineteenth round: near-miss questions answered").
     */
    private boolean missingName(AbsentEvidence absent, List<EvidenceTerm> unknownNames, boolean unwrittenName,
            EvidenceScorer scorer, SentenceCandidate judged, List<SentenceTokens> articleTokens) {
        if (absent.nameMissing() || absent.unknownFigure() || unwrittenName) {
            return true;
        }
        if (unknownNames.isEmpty()) {
            return false;
        }
        double held = restHeld(unknownNames, judged, articleTokens);
        return held >= REST_HELD || held >= REST_HELD_TRANSLITERATED
                && unknownNames.stream().anyMatch(this::transliterated)
                || held >= REST_HELD_ROOTLESS && unknownNames.stream().anyMatch(t -> rootless(t, articleTokens));
    }

    /**
     * The share of the question's other evidence weight the judged sentence holds, the {@code left} terms
     * weighing nothing; 0 when nothing else weighs.
     */
    private double restHeld(List<EvidenceTerm> left, SentenceCandidate judged, List<SentenceTokens> articleTokens) {
        // The same terms with those left out weighing nothing: the scorer's matches are reused.
        EvidenceScorer rest = scorer.reweighted(evidence.stream()
                .map(t -> left.contains(t) ? t.withWeight(0) : t).toList());
        return rest.hasEvidence() ? rest.coverage(judged.article(), articleTokens, judged.sentence()) : 0;
    }

    /**
     * Whether an Arabic question, not a follow-up, holds a word that begins with a proclitic and that no
     * chunk writes as typed ({@link UnwrittenCliticWords}), not its own wording ({@link QuestionWording}),
     * whose terms the judged article does not hold, while the judged sentence holds {@value #REST_HELD}
     * of the rest of the question's weight: the sentence's own story with one name or thing swapped for
     * one the articles never mention. The unknown-name rule ({@link #missingName}) misses these: their
     * stem is indexed (بمكانها → مك، لوثار) or the model answers whatever the feature says. Counted on
     * the tuning parts of both near-miss sets, xquad-dev and arcd-train: 4 answered near misses, no
     * answerable question (docs/answers.md, "near35"). A follow-up is left out: its words are carried from the conversation.
     * Over a corpus large enough for a word's absence to tell ({@link #tellsUnwritten}), a word glued to the
     * conjunction و that the corpus writes nowhere, not even inside a longer word ({@link #unwrittenInCorpus}),
     * though it writes the word without it ({@link UnwrittenCliticWords#conjoined}: ومجلس), needs only
     * {@value #REST_HELD_ROOTLESS} of the rest, as for {@link #unwrittenPronounWord}: another story's thing
     * joined to the sentence's own, whose phrase it broke, so the sentence holds less of the rest (طريقة ومجلس
     * المصاب for طريقة تفكير المصاب). Counted on the tuning parts: 1 answered arcd near miss, no answerable
     * question; every proclitic at that share cost 2 xquad-dev tuning hits (لاستخدامه، وطنية), and و without the
     * inside-a-word condition the one of وطنية (docs/answers.md, "near64").
     */
    public boolean unwrittenCliticWord(SentenceCandidate judged) {
        if (!aligns()) {
            return false;
        }
        List<String> unwritten = UnwrittenCliticWords.of(words, corpus);
        boolean[] wording = arabicReading().wording();
        return unheldBesideTheRest(judged, unwritten, REST_HELD, wording)
                || tellsUnwritten() && unheldBesideTheRest(judged,
                        UnwrittenCliticWords.conjoined(unwritten, corpus, this::unwrittenInCorpus), REST_HELD_ROOTLESS,
                        wording);
    }

    /**
     * Whether an Arabic question, not a follow-up, over a corpus large enough for a word's absence to tell
     * ({@link #tellsUnwritten}), holds a word with a glued pronoun whose word no chunk writes, neither as
     * typed nor without the pronoun ({@link UnwrittenPronounWords}), not its own wording, whose terms the
     * judged article does not hold, while the judged sentence holds {@value #REST_HELD_ROOTLESS} of the rest
     * of the question's weight, as for a word of a root the corpus never writes ({@link #rootless}): the
     * sentence's story asked of a thing the articles never mention. The pronoun kept such words out of
     * {@link #unwrittenCliticWord} and the unknown-name rule; counted on the tuning parts: 4 answered arcd
     * near misses, no answerable question (docs/answers.md, "near39"). Over the five seed articles a common
     * word such as لقاء (لقائهما) may be written nowhere.
     */
    public boolean unwrittenPronounWord(SentenceCandidate judged) {
        return aligns() && tellsUnwritten() && unheldBesideTheRest(judged,
                UnwrittenPronounWords.of(words, corpus), REST_HELD_ROOTLESS, arabicReading().wording());
    }

    /**
     * Whether an Arabic question, not a follow-up, over a corpus large enough for a word's absence to tell
     * ({@link #tellsUnwritten}), holds a word shaped like a verb right after a preposition no verb follows,
     * whose verb stem the corpus writes in no word ({@link VerbShapedNames}: في ويليام), whose terms the
     * judged article does not hold, while the judged sentence holds {@value #REST_HELD_ROOTLESS} of the rest
     * of the question's weight, as for {@link #unwrittenPronounWord}. Its terms count although the verb
     * reading made them the question's wording: that reading is what kept the word from the unknown-name
     * rules. Counted on the tuning parts: 1 answered arcd near miss, no answerable question
     * (docs/answers.md, "near39b").
     */
    public boolean verbShapedName(SentenceCandidate judged) {
        return aligns() && tellsUnwritten() && unheldBesideTheRest(judged,
                // No term is wording here: the verb reading that made the word's term wording is the one set aside.
                VerbShapedNames.of(words, this::unwrittenInCorpus), REST_HELD_ROOTLESS,
                new boolean[evidence.size()]);
    }

    /**
     * Whether an Arabic question, not a follow-up, over a corpus large enough for a word's absence to tell
     * ({@link #tellsUnwritten}), holds a content word the corpus never writes, not even inside a longer word
     * ({@link #unwrittenInCorpus}), no slip of the judged article's words ({@link #slipOf}), whose terms, none of
     * them the question's wording, the judged article holds only as words one root consonant from them ({@link
     * AbsentEvidence#heldAsOtherRoot}: فريضه against the article's فريق), while the judged sentence holds {@value
     * #REST_HELD_ROOTLESS} of the rest of the question's weight, as for {@link #unwrittenPronounWord}: the
     * sentence's own story asked of a thing the articles never mention, which a word of the article happens to
     * resemble. The scorer takes that word for a spelling variant, so the article check finds the term, and the
     * unwritten-word checks, which ask that the article hold none of a word's terms, pass it by. A word held
     * more loosely otherwise (a long vowel or a glued letter apart, a compound, a word of its root) was the
     * question's own spelling of the article's word, and one the corpus writes elsewhere an answerable
     * question's word as often: both cost tuning hits (docs/answers.md, "loose60").
     */
    public boolean otherRootWord(SentenceCandidate judged) {
        if (!aligns() || !tellsUnwritten()) {
            return false;
        }
        List<SentenceTokens> articleTokens = corpus.sentenceTokens(judged.article().file());
        boolean[] found = judged.articleCheck().found();
        boolean[] wording = arabicReading().wording();
        for (String word : words.arabic()) {
            if (word.length() < DisplacedComplement.MIN_LETTERS || ArabicStopWords.contains(word)) {
                continue;
            }
            Set<String> stems = corpus.analyzers().wordStems(word);
            List<Integer> terms = IntStream.range(0, evidence.size())
                    .filter(t -> stems.contains(evidence.get(t).label())).boxed().toList();
            boolean otherRootOnly = !terms.isEmpty() && terms.stream().anyMatch(t -> found[t])
                    && terms.stream().noneMatch(t -> wording[t])
                    && terms.stream().allMatch(t -> AbsentEvidence.heldAsOtherRoot(evidence.get(t), articleTokens));
            if (otherRootOnly && unwrittenInCorpus(word)
                    && !slipOf(word, ArabicRootSkeleton.keys(word), articleTokens)
                    && restHeld(terms.stream().map(evidence::get).toList(), judged, articleTokens)
                            >= REST_HELD_ROOTLESS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some of {@code words} gave evidence terms that are not the question's wording and that the
     * judged article does not hold, while the judged sentence holds {@code rest} of the other terms' weight;
     * {@code wording} says, per term, which is the question's wording.
     */
    private boolean unheldBesideTheRest(SentenceCandidate judged, List<String> words, double rest,
            boolean[] wording) {
        if (words.isEmpty()) {
            return false;
        }
        Set<String> stems = new HashSet<>();
        words.forEach(word -> stems.addAll(corpus.analyzers().wordStems(word)));
        boolean[] found = judged.articleCheck().found();
        List<EvidenceTerm> unwritten = IntStream.range(0, evidence.size())
                .filter(t -> stems.contains(evidence.get(t).label()) && !found[t] && !wording[t])
                .mapToObj(evidence::get).toList();
        return !unwritten.isEmpty()
                && restHeld(unwritten, judged, corpus.sentenceTokens(judged.article().file())) >= rest;
    }

    /**
     * Whether the word-for-word alignments ({@link Alignments#anyDisplaced}) read this question: an Arabic one, not
     * a follow-up, whose words are carried from the conversation.
     */
    public boolean aligns() {
        return !english() && question.previous().isEmpty();
    }

    /**
     * Whether an Arabic question, not a follow-up, ends on a word a sentence (the judged one, or another
     * the answer quotes) writes another definite noun in place of ({@link DisplacedLastWord}) and none of
     * whose terms that sentence's article holds ({@code articleCheck().found()}): the sentence's own phrase
     * ended on a thing the articles do not mention. An answerable question's last word said otherwise is
     * mostly one the article writes elsewhere.
     */
    public boolean displacedLastWord(SentenceCandidate judged) {
        return aligns() && displacedLastWord(judged, askedWords(), writtenWords(judged));
    }

    private boolean displacedLastWord(SentenceCandidate judged, List<SlotWord> asked, List<SlotWord> written) {
        return DisplacedLastWord.of(asked, written).filter(word -> unheldIn(judged, word)).isPresent();
    }

    /** The question's word-for-word alignments ({@link Alignments#anyDisplaced}), each sentence's result kept. */
    public Alignments alignments() {
        return new Alignments(this);
    }

    /**
     * Whether the question ({@code asked}, {@link #aligns}) aligns with {@code judged} by one of the four
     * alignments of {@link Alignments#anyDisplaced}, or asks a kind {@code judged}'s article cannot tell ({@link
     * #askedKindUnwritten}); {@code complements} gives the question's complement slots, asked for only over a
     * corpus large enough to read that alignment ({@link #tellsUnwritten}), and {@code articleWords} a sentence's
     * whole article folded ({@link #articleWords}), asked for only of a known name in a complement's slot.
     */
    boolean displaced(SentenceCandidate judged, List<SlotWord> asked, Supplier<DisplacedComplement.Slots> complements,
            Function<SentenceCandidate, List<String>> articleWords) {
        List<SlotWord> written = writtenWords(judged);
        return displacedLastWord(judged, asked, written) || DisplacedWord.in(asked, written)
                || displacedHead(judged, asked, written)
                || displacedComplement(judged, complements, written, articleWords)
                || askedKindUnwritten(judged, asked);
    }

    /**
     * Whether a which-question (أي، بأي، لأي: {@link ArabicQuestionWords#WHICH}, {@link
     * ArabicQuestionWords#WHICH_AFTER_PREPOSITION}) asks of a kind the corpus never writes, not even inside a
     * longer word ({@link #unwrittenInCorpus}), and that {@code judged}'s article holds none of the terms of: the
     * noun after the which-word is the thing asked, and no article can say which one of a thing it never
     * mentions (في أي بيوم، بأي افرنجي). Read, as the complement's alignment, only over a corpus large enough
     * ({@link #tellsUnwritten}); the kind word is a content word of {@value DisplacedComplement#MIN_LETTERS}
     * letters or more, no slip of the article's words ({@link #slipOf}), and no place or person the lexicon knows
     * ({@link UnwrittenNames#known}: the places list holds the kinds of place, القرية, which the answer names).
     * A which-question's kind is a common noun the articles write in some form (عام، مدينة، دولة).
     */
    private boolean askedKindUnwritten(SentenceCandidate judged, List<SlotWord> asked) {
        return tellsUnwritten() && IntStream.range(1, asked.size())
                .filter(i -> which(asked.get(i - 1).folded()))
                .mapToObj(i -> asked.get(i))
                .filter(kind -> kind.content() && kind.folded().length() >= DisplacedComplement.MIN_LETTERS
                        && UnwrittenNames.known(kind.folded()).isEmpty())
                .anyMatch(kind -> unmentioned(judged, kind.folded()));
    }

    private static boolean which(String folded) {
        return ArabicQuestionWords.WHICH.contains(folded)
                || ArabicQuestionWords.WHICH_AFTER_PREPOSITION.contains(folded);
    }

    List<SlotWord> askedWords() {
        return SlotWord.of(question.text(), corpus.analyzers());
    }

    private List<SlotWord> writtenWords(SentenceCandidate judged) {
        return slotWords.of(judged.sentence().text(), corpus.analyzers());
    }

    /**
     * Whether the question puts a word without the article at the head of a definite word a sentence (the
     * judged one, or another the answer quotes) writes as typed after another definite noun ({@link
     * DisplacedHead}), and that sentence's article holds none of its terms: the sentence's own phrase
     * asked about a thing the articles do not mention.
     */
    private boolean displacedHead(SentenceCandidate judged, List<SlotWord> asked, List<SlotWord> written) {
        return DisplacedHead.of(asked, written).filter(word -> unheldIn(judged, word)).isPresent();
    }

    /**
     * Whether the question puts a word after one of a sentence's nouns (the judged sentence, or another the
     * answer quotes) in place of the word the sentence completes that noun with ({@link DisplacedComplement}),
     * the sentence's article holds none of its terms, and the corpus never writes it, not even inside a
     * longer word ({@link #unwrittenInCorpus}), nor is it a slip of the article's words ({@link #slipOf}:
     * حطابات for the خطب of يخطب). A paraphrase's word is mostly a form of a word the corpus writes, inside a
     * longer form (طايفه in الطايفه) if not as typed; a thing the articles never mention is in none of their
     * words (docs/answers.md, "near38"). A place or person the lexicon knows ({@link DisplacedComplement#knownName})
     * is asked of the article instead: it writes the name in none of the lexicon's spellings ({@link #unnamedIn}).
     * Other articles may write it (سوريا in another story): no paraphrase spells a name, and the lexicon's
     * spellings are the ways an article would name it (docs/answers.md, "near61").
     */
    private boolean displacedComplement(SentenceCandidate judged, Supplier<DisplacedComplement.Slots> complements,
            List<SlotWord> written, Function<SentenceCandidate, List<String>> articleWords) {
        // Asked first: over a small corpus (the seeds) the alignment is not read at all.
        return tellsUnwritten() && DisplacedComplement.of(complements.get(), written).stream()
                .anyMatch(word -> UnwrittenNames.known(word).map(name -> unnamedIn(articleWords.apply(judged), name))
                        .orElseGet(() -> unmentioned(judged, word)));
    }

    /** Whether an article's folded words write a known name (its lexicon key) nowhere ({@link #namedAt}). */
    private static boolean unnamedIn(List<String> articleWords, String name) {
        return namedAt(articleWords, name).length == 0;
    }

    /**
     * Where folded words write a known name (its lexicon key) in one of the lexicon's spellings, with or without the
     * article or a proclitic ({@link UnwrittenNames#spelledForms}): the words' positions, none when they never do.
     */
    private static int[] namedAt(List<String> words, String name) {
        Set<String> forms = UnwrittenNames.spelledForms(name);
        return IntStream.range(0, words.size()).filter(w -> forms.contains(words.get(w))).toArray();
    }

    /** The judged sentence's whole article, folded word by word as a question's Arabic words are. */
    static List<String> articleWords(SentenceCandidate judged) {
        return ArabicTextNormalizer.arabicWords(judged.article().text());
    }

    /**
     * Whether an Arabic question, not a follow-up, names a place the lexicon knows ({@link UnwrittenNames#known})
     * that {@code judged}'s article writes, in the lexicon's spellings ({@link UnwrittenNames#spelledForms}), only
     * as the opening of another place's name called after it ({@link ArabicPlaceNames#opensNewPlace}: هولندا
     * الجديدة, ويلز الجنوبية الجديدة), where the question does not write it so. The article tells of the other
     * place, a colony or a new town, and never of the one asked: "ما هو نظام الحكم فى هولندا؟" was answered from a
     * paragraph on Australia's colonies, "قسم غربي يسمى هولندا الجديدة". Declined as a name the article never
     * writes is ({@link #displacedComplement}); over any corpus, since the article's own words tell
     * (docs/answers.md, "cross62"). {@code articleWords} gives {@code judged}'s whole article folded ({@link
     * #articleWords}), asked for only when the question names a known place.
     */
    boolean namedOnlyAsNewPlace(SentenceCandidate judged, Function<SentenceCandidate, List<String>> articleWords) {
        if (!aligns()) {
            return false;
        }
        List<String> asked = words.arabic();
        List<String> places = IntStream.range(0, asked.size()).filter(w -> !ArabicPlaceNames.opensNewPlace(asked, w))
                .mapToObj(w -> UnwrittenNames.known(asked.get(w))).flatMap(Optional::stream)
                .filter(KnownNames::place).toList();
        if (places.isEmpty()) {
            return false;
        }
        // The whole article is folded only for a question naming a known place, not for every question judged.
        List<String> folded = articleWords.apply(judged);
        return places.stream().anyMatch(name -> onlyOpeningNewPlace(folded, name));
    }

    /** Whether folded words write a known name ({@link #namedAt}), and each time as another place's name's opening. */
    private static boolean onlyOpeningNewPlace(List<String> words, String name) {
        int[] at = namedAt(words, name);
        return at.length > 0 && IntStream.of(at).allMatch(w -> ArabicPlaceNames.opensNewPlace(words, w));
    }

    /**
     * Whether a question's word names a thing the articles never mention: {@code judged}'s article holds none of
     * its terms ({@link #unheldIn}), the corpus never writes it, not even inside a longer word ({@link
     * #unwrittenInCorpus}), and it is no slip of the article's words ({@link #slipOf}).
     */
    private boolean unmentioned(SentenceCandidate judged, String word) {
        return unheldIn(judged, word) && unwrittenInCorpus(word)
                && !slipOf(word, ArabicRootSkeleton.keys(word), corpus.sentenceTokens(judged.article().file()));
    }

    /**
     * Whether the corpus is large enough for a word it never writes to tell a thing the articles never
     * mention from the question's own phrasing: the index can tell ({@link Snapshot#rootKeys}) and its
     * words span {@code rootlessMinRoots} root keys or more, as for {@link #rootless}.
     */
    private boolean tellsUnwritten() {
        return corpus.rootKeys().filter(held -> held.size() >= rootlessMinRoots).isPresent();
    }

    /**
     * Whether the corpus writes a word in none of its words, read on the n-gram field: one of the word's
     * grams of {@value IndexAnalyzers#LONGEST_GRAM} letters that no chunk holds.
     */
    private boolean unwrittenInCorpus(String word) {
        return corpus.analyzers().tokens(IndexField.GRAMS, word).stream()
                .filter(gram -> gram.length() == IndexAnalyzers.LONGEST_GRAM)
                .anyMatch(gram -> corpus.docFreq(IndexField.GRAMS, gram) == 0);
    }

    /**
     * Whether a question's word gave at least one evidence term (by its stem, as typed, or through one of
     * a term's forms) and the sentence's article holds none of them ({@code articleCheck().found()}). A
     * word that gave no term is left alone: the article check cannot tell whether its article holds it.
     */
    private boolean unheldIn(SentenceCandidate judged, String word) {
        Set<String> stems = corpus.analyzers().wordStems(word);
        boolean[] found = judged.articleCheck().found();
        int[] terms = IntStream.range(0, evidence.size()).filter(t -> {
            EvidenceTerm term = evidence.get(t);
            return stems.contains(term.label()) || term.label().equals(word)
                    || term.forms().stream().anyMatch(stems::contains);
        }).toArray();
        return terms.length > 0 && IntStream.of(terms).noneMatch(t -> found[t]);
    }

    /**
     * Whether an Arabic question, not a follow-up, aligns with a sentence (the judged one, or another the
     * answer quotes) around one slot the sentence fills with a definite noun of another root ({@link
     * DisplacedWord}): the sentence's story asked about a thing it does not mention.
     */
    public boolean displacedWord(SentenceCandidate judged) {
        return aligns() && DisplacedWord.in(askedWords(), writtenWords(judged));
    }

    /**
     * Whether an unknown word is spelled as a foreign name: its light stem, or the question's word it
     * was stemmed from as typed ({@link ArabicLoanwordSpellings#looksTransliteratedAsTyped}), since the
     * stemmer cuts a name's last letters as an ending (تاغاريان → تاغار) and with them a long vowel.
     */
    private boolean transliterated(EvidenceTerm term) {
        return ArabicLoanwordSpellings.looksTransliterated(term.label())
                || words.arabic().stream().filter(ArabicLoanwordSpellings::looksTransliteratedAsTyped)
                        .anyMatch(word -> corpus.analyzers().wordStems(word).contains(term.label()));
    }

    /**
     * Whether no word of the corpus shares a root skeleton ({@link ArabicRootSkeleton#keys}) with the
     * term as the user typed it, and the term is no slip of a word of the judged article ({@link
     * #slipOf}); false where the index cannot tell ({@link Snapshot#rootKeys}) or its words span fewer
     * than {@code rootlessMinRoots} keys, too few for a root's absence to tell a name from a word of the
     * question's phrasing (رافضة over the five seed articles).
     */
    private boolean rootless(EvidenceTerm term, List<SentenceTokens> articleTokens) {
        Set<String> keys = ArabicRootSkeleton.keys(term.label());
        return !keys.isEmpty() && corpus.rootKeys().filter(held -> held.size() >= rootlessMinRoots
                && keys.stream().noneMatch(held::contains)).isPresent()
                && !slipOf(term.label(), keys, articleTokens);
    }

    /**
     * Whether a word of no root the corpus writes is a slip of the article's own words: its root
     * skeleton a typo of one the article writes ({@link ArabicTypos#oneEditApart}: حطابات for the خطب
     * of يخطب, dots only), or two words of the article run together (اعتباربمن for "اعتبارا من").
     * Two skeletons that differ only in a first prefix letter ({@link ArabicTypos#otherPrefix}) are no slip:
     * that made a name a slip by chance, نانومتر's نمتر against the لمتر of كيلومتر (docs/answers.md, "near40").
     * A rootless word is mostly a name; one a slip away from the article it is asked of is rarely one
     * by chance, as {@link AbsentEvidence} reasons of a word one edit from a word of that article
     * (docs/answers.md, "Thirty-first round: the rootless-name rule without its false declines").
     */
    private static boolean slipOf(String label, Set<String> keys, List<SentenceTokens> articleTokens) {
        Set<String> words = new HashSet<>();
        articleTokens.forEach(sentence -> words.addAll(sentence.forms()));
        Set<String> articleKeys = new HashSet<>();
        words.forEach(word -> articleKeys.addAll(ArabicRootSkeleton.keys(word)));
        return keys.stream().anyMatch(key -> articleKeys.stream().anyMatch(held -> ArabicTypos.oneEditApart(key, held)
                && !ArabicTypos.otherPrefix(key, held)))
                || runTogether(label, words, articleKeys);
    }

    /**
     * Whether a word is two words of the article written without the space between: a word of an
     * article root followed by a function word (اعتبار + بمن), or two of the article's words.
     */
    private static boolean runTogether(String label, Set<String> words, Set<String> articleKeys) {
        for (int split = ArabicRootSkeleton.MIN_LENGTH; split < label.length() - 1; split++) {
            String head = label.substring(0, split);
            String tail = label.substring(split);
            if (words.contains(head) && words.contains(tail)
                    || ArabicRootSkeleton.keys(head).stream().anyMatch(articleKeys::contains)
                            && ArabicStopWords.containsAfterProclitic(tail)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The unknown words shaped like a name ({@link AbsentEvidence#unknownNames}) that the question does not
     * write with the article: "المعتادة"، "المنازل"، "البولوني" are a paraphrase or another spelling of a
     * word the article says otherwise, not a person or place the articles never mention.
     */
    private List<EvidenceTerm> undefined(List<EvidenceTerm> unknownNames) {
        if (unknownNames.isEmpty()) {
            return unknownNames;
        }
        boolean[] definite = QuestionNames.definite(words, evidence, corpus.analyzers());
        return unknownNames.stream().filter(t -> !definite[evidence.indexOf(t)]).toList();
    }

    /** Per evidence term, whether it stands for the noun the question asks about ({@link AskedNoun#terms}). */
    public boolean[] askedNoun() {
        return AskedNoun.terms(question.analysis().head(), evidence, corpus.analyzers(), english());
    }

    private boolean english() {
        return searchedInEnglish(retrieval);
    }

    private static boolean searchedInEnglish(Retrieval retrieval) {
        return LanguageDetector.ENGLISH.equals(retrieval.query().language());
    }

    /** Relative lead of the best passage over the best passage of another article. */
    private static double margin(List<Passage> passages) {
        Passage top = passages.get(0);
        return passages.stream().filter(p -> !p.file().equals(top.file())).findFirst()
                .map(p -> top.score() <= 0 ? 0 : Math.max(0, (top.score() - p.score()) / top.score()))
                .orElse(1.0);
    }
}
