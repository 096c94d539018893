package io.isnad.answer.sentence;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;

import io.isnad.answer.AskedQuestion;
import io.isnad.answer.followup.FollowUpWords;
import io.isnad.answer.followup.PreviousAnswer;
import io.isnad.answer.question.AskedDeed;
import io.isnad.answer.question.AskedNoun;
import io.isnad.answer.question.DefinitionQuestion;
import io.isnad.answer.question.QuestionAnalysis;
import io.isnad.answer.question.QuestionType;
import io.isnad.answer.question.SourceQuestion;
import io.isnad.answer.shortanswer.ShortAnswerFinder;
import io.isnad.answer.shortanswer.Span;
import io.isnad.answer.shortanswer.SpanFinder;
import io.isnad.answer.shortanswer.TypedQuestion;
import io.isnad.index.Caches;
import io.isnad.index.IndexAnalyzers;
import io.isnad.index.Snapshot;
import io.isnad.index.SentenceTokens;
import io.isnad.ingest.Article;
import io.isnad.ingest.Chunk;
import io.isnad.ingest.Section;
import io.isnad.ingest.Sentence;
import io.isnad.ingest.StoryCredits;
import io.isnad.ingest.TextSpan;
import io.isnad.ingest.arabic.ArabicNamingWords;
import io.isnad.ingest.arabic.ArabicPersonTitles;
import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicRootSkeleton;
import io.isnad.ingest.arabic.ArabicSpeechVerbs;
import io.isnad.ingest.arabic.ArabicStopWords;
import io.isnad.ingest.arabic.ArabicTextNormalizer;
import io.isnad.retrieve.EvidenceScorer;
import io.isnad.retrieve.EvidenceTerm;
import io.isnad.retrieve.Passage;
import io.isnad.retrieve.Retrieval;

/**
 * Ranks the sentences that may answer a question: those of the retrieved passages and the ones
 * just before and after each passage, since a news report often gives the figure or the name one
 * sentence after the sentence that matches the question best. A sentence holding the kind of
 * answer asked for (a date for "when", a number for "how many") is preferred; in a follow-up, so
 * are the previous answer's article (every sentence of it is a candidate) and, more, the
 * neighbourhood of the sentence it quoted.
 */
public final class SentenceChooser {

    /** A little of the retrieval rank breaks ties between sentences of equal coverage. */
    static final double RANK_WEIGHT = 0.1;
    /**
     * Preference for a sentence holding the kind of answer asked for; also, for a question asking a thing's other
     * name ({@link ArabicNamingWords#asksAnotherName}), for a sentence giving a name beside another ({@link
     * ArabicNamingWords#givesAnotherName}): the one that holds the question's own "الاسم" and "آخر" ("تسمية
     * الموناليزا بهذا الاسم") tells of the name, not the other one.
     */
    static final double TYPE_BONUS = 0.15;
    /**
     * For a how-many question that names what it counts, preference for a sentence whose figure
     * counts that noun ({@link ShortAnswerFinder.Fit#countsTallied}) over one whose figures count
     * something else: "كم مرحلة في اتفاق وقف إطلاق النار" is answered by "الاتفاق المكون من ثلاث
     * مراحل", not by the sentence holding more of the question's words and "ثلاثة رهائن". 0.08, 0.15
     * and 0.3 gained alike on the tuning parts; that seed question needs more than 0.22, and 0.3 lost
     * no check figure (docs/answers.md, "Nineteenth round: which sentence answers a how-many question
     * that names what it counts").
     */
    static final double TALLY_BONUS = 0.3;
    /** A sentence next to a passage, not in it, is a little less likely to be meant. */
    static final double NEIGHBOUR_PENALTY = 0.05;
    /** Follow-ups: preference for the previous answer's article and for sentences near its quote. */
    static final double PREVIOUS_ARTICLE_BONUS = 0.05;
    static final double PREVIOUS_NEIGHBOURHOOD_BONUS = 0.05;
    public static final int NEIGHBOURHOOD = 2;
    /**
     * Preference for a sentence by the share of the question's evidence its whole article holds: of
     * two sentences that match about equally, the one from the story that also names the
     * question's subject elsewhere is the one meant (on ARCD two thirds of the wrong answers quoted
     * another article, most often one retrieved above the right one).
     */
    static final double ARTICLE_WEIGHT = 0.2;
    /**
     * Preference for a sentence by how widely its article's main story speaks of the question's
     * words ({@link EvidenceScorer.ArticleCheck#spread}): among articles that all hold the words,
     * the one about them, not the one naming them once (docs/answers.md, "Thirteenth round: the
     * article that answers").
     */
    static final double SPREAD_WEIGHT = 0.2;
    /**
     * Candidates are ranked by the coverage of {@link EvidenceScorer#ranking}, while whether to
     * answer is still judged by the coverage the abstention model was fitted on. For an English
     * question the two differ: a term translated by several words ("foreign minister", وزير
     * الخارجية) is held only in part by a sentence holding one of them ("وزارة الخارجية"), and a
     * translated word weighs by how common its forms are, not by its rarest synonym.
     */
    static final double RANKING_WEIGHT = 1.0;
    /**
     * For a typed question, a sentence holding an answer of the asked kind that goes on from the
     * sentence before (وهو كذلك الظهير الرباعي الأكبر سناً… في سن 39، كما فازوا ببطولة البلاد في
     * 1946) is ranked as read together with it when that one holds no such answer, or a rival the
     * sentence adds a word of the question to ({@link Context#readOnGain}): the question's
     * words named there count this share of the coverage they add, on top of the little any
     * neighbour gives. The sentence that names the subject and the one that gives the figure are
     * otherwise judged apart, and the first wins on the question's words while holding no answer.
     * 0.5 and 0.7 gained alike on the tuning parts, 0.85 lost a check question whose predecessor
     * held the place asked for in words the place finder misses (docs/answers.md, "Fifteenth round:
     * the sentence that answers").
     */
    static final double READ_ON_WEIGHT = 0.7;
    /**
     * For a typed question, the share of a long sentence's scatter ({@link SentenceCandidate#scatter})
     * taken off its rank: a date, a count or a name answers the words stated beside it, and a long
     * sentence that holds the question's words in clauses far apart (the Saudi states founded by one
     * man, the Ottoman governor's campaign two hundred characters on) states them about different
     * things. 0.3 and 0.5 gained alike on the tuning parts (ARCD's foremost, 0.2 less), and no Arabic
     * xquad question moved; for untyped questions, whose answer is itself a clause, it lost xquad-dev
     * Arabic answers on both parts (docs/answers.md, "Seventeenth round: the sentence that answers").
     */
    static final double SCATTER_WEIGHT = 0.3;
    /**
     * Characters of a run of clauses read as one statement by {@link #SCATTER_WEIGHT}: about two news
     * clauses. At 150 a date between the subject's clause and the asked one split a statement in two
     * and lost xquad-dev tuning answers; 250 gained less.
     */
    static final int NEAR = 200;
    /**
     * For a question asking what or who something is, preference for a sentence by the share of the
     * question's evidence its first {@value #OPENING_WORDS} words hold: a definition names its term
     * first ("الباراسيتامول … هو مسكن"، "الأسد حيوان من الثدييات"), while a sentence naming it further on
     * tells something else about it ("ذكر القرآن قصة عيسى…").
     */
    static final double OPENING_WEIGHT = 0.3;
    /** The words of a sentence's opening: a term of a few words, or a name after its title. */
    static final int OPENING_WORDS = 3;
    /**
     * Preference for a sentence that refers back with a pronoun in its first words ({@link
     * #refersBack}) by the share of the question's evidence that its paragraph's subject (the first
     * {@value #SUBJECT_WORDS} words of the paragraph) names and the sentence does not hold: a
     * paragraph names what it is about first ("تعرف آسيا…") and goes on about it with pronouns
     * ("يحدها من الشرق المحيط الهادي"), while another country's paragraph names the asked one as one
     * of its own neighbours ("يحدها من الشمال العراق… ومن الشرق…"). The neighbour credit reaches one
     * sentence on only, and the article-wide preferences ({@link #ARTICLE_WEIGHT}) weigh a word named
     * anywhere in an article alike. Carried into every sentence of the article, whatever its opening,
     * it moved answers of the news seeds and xquad-dev both ways (docs/answers.md, "Twenty-eighth
     * round: the subject a paragraph's pronoun speaks of").
     */
    static final double SUBJECT_WEIGHT = 0.3;
    /**
     * For a where-question and a sentence holding a place, the weight of the subject its paragraph's
     * pronoun carries ({@link #SUBJECT_WEIGHT}), more than for other questions. "يحده من الجنوب
     * الكويت…" in Iraq's article says what borders Iraq as plainly as "يحدها من الشمال العراق" in Saudi
     * Arabia's names Iraq, and only the first answers which country borders Iraq. Not 1.0, as if the
     * sentence named the subject: that gained six tuning answers but lost a check one, a sentence that
     * only says the place is large quoted for where it is (docs/answers.md, "Twenty-ninth round, second
     * part: border questions").
     */
    static final double PLACE_SUBJECT_WEIGHT = 0.7;
    /**
     * For a sentence that starts its line and goes on from the one before ({@link #continuesPrevious}:
     * a pronoun or a word that goes on first, a demonstrative among its first words; or {@link #speaksOn}:
     * a verb by which the line before's speaker goes on, وأضاف، وتابع), the weight of the
     * question's evidence the sentence before holds and it does not ({@link #SUBJECT_WEIGHT}'s
     * paragraph subject, read one line up). News writes one sentence a line, so a line's paragraph is
     * the sentence itself and its subject carried nothing: "وتُصنف هذه الجماعة من قبل الولايات
     * المتحدة…" says which states list the group the line before names ("…قوات هيئة تحرير الشام"),
     * and lost to that line, which names the group but not who lists it. On the tuning parts 0.5
     * gained one seeds-own answer and lost none; 0.3 moved no tuning answer, and 0.7 (or only a
     * demonstrative as the pointer) also quoted "ومع تصاعد هذه الاشتباكات…" and "ويُعتبر هذا الهجوم…"
     * for what the line before them says (docs/answers.md, "fresh39").
     */
    static final double POINTER_SUBJECT_WEIGHT = 0.5;
    /**
     * For a where-question whose first-ranked sentence holds no place the finder reads (a place after a
     * place noun, a side, a border), preference for a sentence of that sentence's article naming a place
     * the lexicon knows right after a preposition ({@link ShortAnswerFinder#givesKnownPlace}): the short
     * answer falls back to such a place, and with no rival place it breaks a near tie towards the
     * sentence that gives one. "وين اجتمع عراقجي ويا بشار الأسد؟" quoted "…أن عراقجي والأسد ناقشا
     * العلاقات… لم تقدم تفاصيل أخرى عن الاجتماع", 0.03 above "التقى… عراقجي الرئيس السوري بشار الأسد في
     * دمشق". Not the type bonus for every such place: counted so, the seeds' where-follow-ups moved from
     * "…العاصمة التركية أنقرة" to a sentence mentioning Damascus (docs/answers.md, "Eighteenth round"), and
     * here the first sentence holds no place. A tie-breaker: at 0.05 no other answer of any set changed,
     * at 0.15 (the type bonus) an arcd tuning question's lead did (docs/answers.md, "fresh42").
     */
    static final double KNOWN_PLACE_BONUS = 0.05;
    /**
     * For a when- or how-many question whose first-ranked sentence holds no time or figure, preference for
     * a sentence that holds one ({@link SentenceCandidate#typed}): a sentence without one cannot say when or
     * how many, and such a quote is declined whatever the abstention model says ({@code noTime}, {@code
     * noFigure}), while a sentence all but level with it gives the answer. "كم فريقاً كان لدى لوس أنجلس؟"
     * quoted a sentence naming the city's teams and no figure, 0.007 above one counting them, and was
     * declined. The type bonus already counts for the sentence that holds one; this breaks near ties only,
     * as {@link #KNOWN_PLACE_BONUS} does for where-questions. Replayed on xquad-dev's candidates, 0.02 moved
     * only that question's lead, 0.05 an English one's more (a hit either way), 0.1 a check answer's to a
     * sentence without the gold (docs/answers.md, "xq43").
     */
    static final double TIME_OR_FIGURE_BONUS = 0.05;
    /**
     * For a who-question whose first-ranked sentence names no person and opens with a subject pronoun
     * ({@link ArabicStopWords#PRONOUNS}: وهو، وهي), preference for a sentence that does not open so: the
     * pronoun's person is named in the sentence before, which the composer quotes with it, and a sentence
     * all but level that names someone itself may be the one asked for. "من الذي سبق له أن حمل الرقم
     * القياسي لكونه أسن ظهير رباعي…؟" quoted "وهو كذلك الظهير الرباعي الأكبر سناً…" (with Manning's sentence
     * before it), 0.02 above "الرقم القياسي السابق كان بحوزة جون إلواي…". A tie-breaker, as {@link
     * #TIME_OR_FIGURE_BONUS} is for when- and how-many questions (docs/answers.md, "xqar53").
     */
    static final double NAMED_SUBJECT_BONUS = 0.05;
    /**
     * For an English question, preference for a sentence that holds as written a figure the question writes
     * (the 33 of "Super Bowl XXXIII", "the 99 freeway"): digits are the same in both languages, so the figure is
     * the one word whose match is sure, yet it weighs by its own idf while each translated word weighs by its
     * rarest form's, mostly the corpus's highest (docs/answers.md, "Thirtieth round: questions about another
     * corpus answered"), and a sentence holding two common translated words outranked the one naming the
     * asked final. Replayed on xquad-dev's candidates, 0.1 to 0.15 moved five English tuning leads to the gold
     * and no other answered question's, 0.2 a tuning lead away from it; an Arabic question's figure weighs as
     * its other words do (docs/answers.md, "ens48").
     */
    static final double QUESTION_FIGURE_BONUS = 0.12;
    /**
     * For a sentence that goes on about its paragraph's subject through a verb naming none ({@link
     * #impliesSubject}: "ويشعر بالقلق والتوتر إذا قاوم…" after "الاضطراب الوسواسي القهري… هو اضطراب نفسي…"), the
     * weight of the question's evidence that subject names and the sentence does not hold: the whole of it, as if
     * the sentence named it, for the verb's subject is that name. At {@link #SUBJECT_WEIGHT} (a pronoun's 0.3) no
     * answer of any set moved; at 1.0 one arcd-train tuning answer was gained and no question of the eleven sets
     * lost (docs/answers.md, "subj57").
     */
    static final double IMPLIED_SUBJECT_WEIGHT = 1.0;
    /** The words of a paragraph's opening that name its subject: a name of a few words. */
    static final int SUBJECT_WORDS = 4;
    /** How far into a sentence a demonstrative still points back to the sentence before. */
    static final int POINTER_WORDS = 3;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** The letter nouns of a verb's root open with (مقتل، مقاتل، منظم): no verb of another root opens so. */
    private static final String NOUN_PREFIX = "م";
    /** Best first: the order every ranking here ends in. */
    private static final Comparator<SentenceCandidate> BY_RANK =
            Comparator.comparingDouble(SentenceCandidate::rankScore).reversed();
    /**
     * How each sentence's first words lean on the sentence before ({@link #continuesPrevious},
     * {@link #refersBack}), by its text: a function of the text alone, read again for every candidate
     * sentence by every question (a thirtieth of answering on the seeds). The text is the article
     * cache's own string, so a look-up costs a hash read and an identity test.
     */
    private static final Cache<String, Reference> REFERENCES = Caches.builder().maximumSize(5_000).build();

    private SentenceChooser() {
    }

    /**
     * Every candidate sentence, best first. A photo's credit closing a caption's line ({@link
     * StoryCredits#photoCredit}: "تصوير: وكالة فرانس برس.") is one only for a who-question or a source question: it
     * credits the photo and tells nothing of what it shows, while it holds the agency a question may name the photo
     * by ("بالصورة تبع فرانس برس، المعارضين شو كانو عم يعملو؟" was answered by the credit alone).
     *
     * @param asked the question: its analysis, the text searched (whose analysis, {@link
     *        AskedQuestion#searched}, gives the answer kind's focus) and, in a follow-up, the previous answer
     * @param tallied the noun a how-many question counts, with an English question's Arabic
     *        translations of it ({@link ShortAnswerFinder.Fit#countsTallied}); none for another question
     * @param newWords per evidence term of {@code scorer}, whether a follow-up's user typed it and the
     *        previous question did not ask it
     * @param asksPost whether a follow-up asks for the post of the person the previous answer named
     *        ({@link io.isnad.answer.question.PostQuestion})
     */
    public static List<SentenceCandidate> rank(Snapshot corpus, Retrieval retrieval, EvidenceScorer scorer,
            AskedQuestion asked, List<String> tallied, boolean[] newWords, boolean asksPost) {
        if (!scorer.hasEvidence() || retrieval.passages().isEmpty()) {
            return List.of();
        }
        QuestionAnalysis question = asked.analysis();
        Optional<PreviousAnswer> previous = asked.previous();
        double topScore = retrieval.passages().get(0).score();
        Map<String, SentenceCandidate> byKey = new LinkedHashMap<>();
        List<EvidenceTerm> figures = asked.english()
                ? retrieval.query().evidence().stream().filter(EvidenceTerm::figure).toList() : List.of();
        Context context = new Context(corpus, scorer, scorer.ranking(), question,
                TypedQuestion.of(asked.text(), question.type(), asked.searched().focus()),
                DefinitionQuestion.asks(asked.text()), ArabicNamingWords.asksAnotherName(asked.text()),
                fatherOf(asked.text(), question.type()), tallied, figures, askedDeed(question, asked.text(), scorer,
                        corpus.analyzers()), previous, byKey, new HashMap<>(), new HashMap<>());
        for (Passage passage : retrieval.passages()) {
            Optional<Article> found = corpus.article(passage.file());
            if (found.isEmpty()) {
                continue;
            }
            Article article = found.get();
            Chunk chunk = article.chunks().get(passage.chunk());
            double scaled = topScore > 0 ? passage.score() / topScore : 0;
            for (Sentence sentence : article.sentencesOf(chunk)) {
                context.add(article, sentence.index(), true, scaled);
            }
            context.add(article, chunk.firstSentence() - 1, false, scaled);
            context.add(article, chunk.lastSentence() + 1, false, scaled);
            context.addPointing(article, chunk, scaled);
        }
        // A follow-up asks about the story the previous answer came from: all of it is a candidate.
        previous.ifPresent(p -> corpus.article(p.file()).ifPresent(article -> {
            for (int i = 0; i < article.sentences().size(); i++) {
                context.add(article, i, false, 0);
            }
        }));
        // Quoting the previous answer again would repeat it; a declined question's would-be lead was never shown.
        previous.ifPresent(p -> {
            String quoted = p.file() + "#" + p.sentence();
            boolean[] head = AskedNoun.terms(question.head(), retrieval.query().evidence(), corpus.analyzers(),
                    asked.english());
            boolean[] anew = FollowUpWords.withoutContrastedPlaces(newWords, retrieval.query().evidence(), asked);
            if (p.shown() && !answersAnew(byKey.get(quoted), p, question, scorer, anew, head, asksPost,
                    FollowUpWords.asksForMore(asked), corpus.analyzers())) {
                byKey.remove(quoted);
            }
        });
        boolean asksCredit = question.type() == QuestionType.PERSON || SourceQuestion.of(asked.text()).isPresent();
        List<SentenceCandidate> ranked = byKey.values().stream()
                .filter(c -> asksCredit || !c.sentence().photoCredit()).sorted(BY_RANK).toList();
        return withKindBonus(ranked, context.kind(), tallied);
    }

    /**
     * {@code ranked} with a tie-breaker ({@link SentenceCandidate#kindBonus}) for the sentences that give the
     * asked kind of answer, when the first gives none; re-sorted. Unchanged for other questions or when the
     * first gives one. A where-question prefers, by {@link #KNOWN_PLACE_BONUS}, the sentences of the first
     * one's article that name a known place after a preposition; a when- or how-many question, by {@link
     * #TIME_OR_FIGURE_BONUS}, those holding a time or a figure, and one that names what it counts
     * ({@code tallied}) only a figure of that noun ({@link SentenceCandidate#tallies}): "وكم ضربة سوو؟" after
     * the Russian planes over Aleppo is not answered by the coalition of "أكثر من 60 دولة" that carries out
     * air strikes. A who-question whose first sentence opens with a subject pronoun prefers, by {@link
     * #NAMED_SUBJECT_BONUS}, those that do not.
     */
    static List<SentenceCandidate> withKindBonus(List<SentenceCandidate> ranked, TypedQuestion kind,
            List<String> tallied) {
        QuestionType type = kind.type();
        if (ranked.isEmpty() || ranked.getFirst().typed()) {
            return ranked;
        }
        if (type == QuestionType.PERSON) {
            return withNamedSubjectBonus(ranked);
        }
        boolean where = type == QuestionType.PLACE;
        if (!where && type != QuestionType.DATE && type != QuestionType.NUMBER) {
            return ranked;
        }
        String file = ranked.getFirst().article().file();
        Predicate<SentenceCandidate> givesKind = where
                ? c -> !c.typed() && c.article().file().equals(file)
                        && ShortAnswerFinder.givesKnownPlace(c.sentence().text(), kind)
                : c -> c.typed() && (tallied.isEmpty() || c.tallies());
        double bonus = where ? KNOWN_PLACE_BONUS : TIME_OR_FIGURE_BONUS;
        return ranked.stream().map(c -> givesKind.test(c) ? c.withKindBonus(bonus) : c).sorted(BY_RANK).toList();
    }

    /**
     * For a who-question asking a person's father ({@link ArabicPersonTitles#asksFather}: من هو والد عمر المختار؟),
     * its other words that are no stop word, folded: a sentence giving one of them a lineal name ("عمر بن مختار",
     * {@link ArabicPersonTitles#namesLineage}) names the father, as a title names a person. Empty for any other
     * question: "متى خلف الاسكندر والده؟" asks a date, which a lineal name does not give.
     */
    static Set<String> fatherOf(String question, QuestionType type) {
        List<String> words = ArabicTextNormalizer.arabicWords(question);
        if (type != QuestionType.PERSON || words.stream().noneMatch(ArabicPersonTitles::asksFather)) {
            return Set.of();
        }
        return words.stream().filter(w -> !ArabicPersonTitles.asksFather(w) && !ArabicStopWords.contains(w))
                .collect(Collectors.toSet());
    }

    /**
     * Whether {@code text} names the doer of the deed a who-question asks ({@code deed}: {@link #askedDeed}) after
     * "at the hands of" or "by" ({@link ArabicPersonTitles#byDoer}), the deed's word (its verb or a word of its root:
     * مقتل for قتل) standing before the phrase: a passive deed's doer comes after it, and one told of before the
     * deed is the doer of another. Such a sentence gives the person asked for as {@link #namesDoer}'s does, though
     * the doer is as often a body as a titled person ("…حصل مقتل الحسين بن علي… من قبل جيش يزيد ابن معاوية",
     * which the person finder reads no name in, ranked 0.08 under the Ashura sentence that tells the killing
     * and not who did it).
     */
    static boolean namesDoerBy(String text, EvidenceScorer scorer, Deed deed, IndexAnalyzers analyzers) {
        if (deed.verb().isEmpty()) {
            return false;
        }
        String folded = ArabicTextNormalizer.normalize(text);
        for (int at : ArabicPersonTitles.byDoer(folded)) {
            if (deed.heldIn(scorer.foundIn(List.of(ClauseTokens.of(folded.substring(0, at), analyzers))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code ranked} (a who-question's, its first naming no person) with {@link #NAMED_SUBJECT_BONUS} for
     * every sentence that does not open with a subject pronoun, when the first does; unchanged else.
     */
    private static List<SentenceCandidate> withNamedSubjectBonus(List<SentenceCandidate> ranked) {
        if (!opensWithPronoun(ranked.getFirst().sentence().text())) {
            return ranked;
        }
        return ranked.stream()
                .map(c -> opensWithPronoun(c.sentence().text()) ? c : c.withKindBonus(NAMED_SUBJECT_BONUS))
                .sorted(BY_RANK).toList();
    }

    /** Whether {@code text}'s first word is a subject pronoun (وهو، هي، فهم): its subject is named before it. */
    static boolean opensWithPronoun(String text) {
        List<String> first = ArabicTextNormalizer.openingWords(text, WORD, 1);
        return !first.isEmpty() && ArabicStopWords.PRONOUNS.contains(first.getFirst());
    }

    /**
     * For a who-question, the verb it asks the doer of ({@link AskedDeed#verb}) with, per evidence term of {@code
     * scorer}, whether the term holds it; {@link Deed#NONE} for another question.
     */
    private static Deed askedDeed(QuestionAnalysis question, String text, EvidenceScorer scorer,
            IndexAnalyzers analyzers) {
        if (question.type() != QuestionType.PERSON) {
            return Deed.NONE;
        }
        return AskedDeed.verb(text)
                .map(verb -> new Deed(verb, scorer.foundIn(List.of(ClauseTokens.of(verb, analyzers)))))
                .orElse(Deed.NONE);
    }

    /**
     * Whether {@code text} opens with the verb a who-question asks the doer of ({@code deed}: {@link #askedDeed})
     * and goes on with a word that is no stop word: the doer, named right after his verb ("دعا فريدريك وليام،
     * ناخب براندنبورغ، الهوغونوتيين…" for who invited the Huguenots). Such a sentence gives the person asked for
     * though the finder reads no title in it (xquad-dev's untitled names: docs/answers.md, "xqar53", "xqar54");
     * a verb followed by a preposition ("دعا إلى…") names no doer. Nor does a noun of the verb's root: no verb
     * takes the article, and a word in م the verb does not open with is a noun of place, time or deed or a
     * participle (a headline's "مقتل قائد بارز…" for who was killed names the one it befell).
     */
    static boolean namesDoer(String text, EvidenceScorer scorer, Deed deed, IndexAnalyzers analyzers) {
        if (deed.verb().isEmpty()) {
            return false;
        }
        List<String> opening = ArabicTextNormalizer.openingWords(text, ArabicTextNormalizer.UNPUNCTUATED_WORD, 2);
        if (opening.size() < 2 || ArabicStopWords.contains(opening.get(1))) {
            return false;
        }
        String first = ArabicProclitics.withoutConjunction(opening.getFirst(), 3);
        if (first.startsWith("ال") || first.startsWith(NOUN_PREFIX) && !deed.verb().startsWith(NOUN_PREFIX)) {
            return false;
        }
        return deed.heldIn(scorer.foundIn(List.of(ClauseTokens.of(opening.getFirst(), analyzers))));
    }

    /** The verb a who-question asks the doer of, and per evidence term whether it holds it ({@link #askedDeed}). */
    record Deed(String verb, boolean[] terms) {
        static final Deed NONE = new Deed("", new boolean[0]);

        /** Whether a text whose evidence terms are {@code held} ({@link EvidenceScorer#foundIn}) writes the verb. */
        boolean heldIn(boolean[] held) {
            for (int t = 0; t < held.length && t < terms.length; t++) {
                if (held[t] && terms[t]) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Whether the previous answer's sentence gives a post by a title or office word: the sentence that
     * named a person answers what post he holds ("شدد وزير الخارجية الروسي سيرغي لافروف" after "who said
     * there was no basis…"), the title being a word neither question asked.
     */
    private static boolean givesPost(SentenceCandidate quoted) {
        return ArabicPersonTitles.namesPost(ArabicTextNormalizer.words(quoted.sentence().text()));
    }

    /**
     * Whether the previous answer's sentence may answer the follow-up too: only when the follow-up
     * asks for another kind of answer (a count after a date) and the sentence holds one, or the
     * sentence holds a word of the follow-up's own that the previous question did not ask (the
     * "accused" of "What did he accuse?"). Otherwise quoting it again would repeat the answer the
     * user already has. A when- or how-many follow-up never gets it back without a time or a figure,
     * whatever words it shares: "And when is that trip scheduled?" after "Which city will he visit?"
     * holds the visit, not its date. Names are left out of that check: a sentence may give who did it
     * without a titled person ("التنظيمات المسلحة استهدفت"), so its kind is not read reliably enough;
     * for the same reason a who-follow-up after another kind of question ("ومين نفذه؟" after where the
     * attack was) may have the sentence back though no titled person is found in it (docs/answers.md,
     * "Twenty-third round: follow-ups"). Other than for a who-question, the sentence must hold an
     * answer of the asked kind that no word of the question names, whatever new word it shares:
     * "Where is his organisation headquartered?" after "Who runs the monitoring group that said HTS
     * held all of Aleppo…" does not get back "…على مدينة حلب… رئيس منظمة الرصد", whose organisation
     * is no headquarters and whose only place is the Aleppo the user asked about; a where-follow-up after
     * another kind of question reads a place given after a preposition too ({@link #givesUnaskedKnownPlace}).
     * A follow-up asking the post of the person the previous answer named ({@code asksPost}) gets the
     * sentence back when it gives a title ({@link #givesPost}), whatever else it holds. A yes/no follow-up
     * asks whether the story the user just read says more than it gave, so the sentence read is where a yes or
     * a no stands: "were the staff hurt?" after which ministry said the consulate was attacked is answered by
     * its "لكن موظفيها بخير", a word it shares with neither question. So is a follow-up asking for more of what
     * it names ({@code asksForMore}, {@link FollowUpWords#asksForMore}): "what else did they grab besides the
     * depots" after which group captured the army's weapons depots is answered by the shown "…استولت على مخازن
     * أسلحة وعدد من المركبات المدرعة", the rest of the list it began. A why-follow-up never gets it back: it asks
     * the cause of what the user just read, and the words of it the sentence holds are the ones he quotes from it
     * ("Why was it so strained?" after how the report describes Netanyahu's meeting with Witkoff is not answered by
     * the shown "…والاجتماع “المتوتر” بين نتنياهو ومبعوث ترامب", its strained the user's own word and no cause).
     * Nor does a follow-up asking which thing its head noun is ({@code head}, {@link QuestionAnalysis#asksWhich})
     * when the sentence names that noun only as the thing the previous question asked ({@link
     * NamedHead#onlyAsAsked}): "Which base in Russia did they fly back to?" after what was said of the bombers that
     * flew from Hamadan is not answered by the shown "…لقاعدة “همدان” الجوية…", whose only base is Hamadan.
     *
     * @param head per evidence term of {@code scorer}, whether it stands for the follow-up's head noun
     *        ({@link AskedNoun})
     */
    private static boolean answersAnew(SentenceCandidate quoted, PreviousAnswer previous, QuestionAnalysis question,
            EvidenceScorer scorer, boolean[] newWords, boolean[] head, boolean asksPost, boolean asksForMore,
            IndexAnalyzers analyzers) {
        if (quoted == null) {
            return false;
        }
        if (asksPost && givesPost(quoted) || question.type() == QuestionType.YESNO || asksForMore) {
            return true;
        }
        if (question.type() == QuestionType.REASON
                || question.asksWhich() && NamedHead.onlyAsAsked(quoted.sentence().text(), head, scorer, newWords,
                        analyzers)) {
            return false;
        }
        if (question.type().typed() && question.type() != QuestionType.PERSON
                && !givesUnaskedKind(quoted, previous, question, scorer, newWords, analyzers)) {
            return false;
        }
        if (question.type().typed() && question.type() != previous.type()) {
            return true;
        }
        boolean[] held = scorer.foundIn(List.of(quoted.tokens()));
        for (int t = 0; t < newWords.length; t++) {
            if (newWords[t] && held[t]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a follow-up's candidate holds an answer of the kind the follow-up asks (a date, a figure, a place)
     * that no word of the previous question names ({@link #holdsUnaskedSpan}), or, for a where-follow-up to
     * another kind of question, the first place it gives after a preposition ({@link #givesUnaskedKnownPlace}).
     * Read on the shown sentence before it is quoted again ({@link #answersAnew}) and on a follow-up's lead in a
     * declined question's guessed story ({@link io.isnad.answer.abstain.FollowUpDeclines#strays}).
     *
     * @param newWords per evidence term of {@code scorer}, whether the follow-up's user typed it and the
     *        previous question did not ask it ({@link io.isnad.answer.followup.FollowUpWords#newWords})
     */
    public static boolean givesUnaskedKind(SentenceCandidate candidate, PreviousAnswer previous,
            QuestionAnalysis question, EvidenceScorer scorer, boolean[] newWords, IndexAnalyzers analyzers) {
        String text = candidate.sentence().text();
        return candidate.typed() && holdsUnaskedSpan(text, SpanFinder.find(text, question.type()), scorer, newWords,
                analyzers) || givesUnaskedKnownPlace(text, previous, question, scorer, newWords, analyzers);
    }

    /**
     * Whether a where-follow-up to another kind of question meets, in the sentence the user was shown, a place
     * the lexicon knows right after a preposition ({@link SpanFinder#knownPlaces}) that no word of the
     * previous question holds: news gives most places so ("استهدفت… الكلية الحربية في حمص", "قنصليتها في
     * حلب"), without the place noun {@link SpanFinder#find} reads a place by, and "where did it happen?" after
     * when the academy was attacked is answered by the sentence that said when. Only the first such place: it
     * is where the sentence's event stands, and the later ones describe what the sentence goes on to name ("…
     * الأسد في دمشق…، بعد أن هاجم المتمردون ثاني أكبر مدينة في سوريا" does not say where the minister went
     * after Damascus). After a where-question the place is the answer the user already has, so the rule reads
     * another kind only.
     */
    private static boolean givesUnaskedKnownPlace(String text, PreviousAnswer previous, QuestionAnalysis question,
            EvidenceScorer scorer, boolean[] newWords, IndexAnalyzers analyzers) {
        return question.type() == QuestionType.PLACE && previous.type() != QuestionType.PLACE
                && holdsUnaskedSpan(text, SpanFinder.knownPlaces(text).stream().limit(1).toList(), scorer, newWords,
                        analyzers);
    }

    /**
     * Whether one of {@code spans}, the spans of the asked kind in {@code text}, is one no word of the
     * previous question holds: the question as searched carries those words, and a place, date or
     * figure they name is what the conversation already asked about, not a new answer. A word the
     * user typed anew may hold the span: "And on which day?" asks for "يوم الاثنين" by its "day"; but
     * not every word of it ({@link #namedAnew}), for a place, date or figure the follow-up names itself is
     * not what it asks: "And where was he going once he was done in Ankara?" is not answered by the shown
     * "سيزور أيضا العاصمة التركية أنقرة".
     *
     * @param newWords per evidence term of {@code scorer}, whether the follow-up's user typed it and
     *        the previous question did not ask it
     */
    static boolean holdsUnaskedSpan(String text, List<Span> spans, EvidenceScorer scorer, boolean[] newWords,
            IndexAnalyzers analyzers) {
        for (Span span : spans) {
            boolean[] held = scorer.foundIn(List.of(ClauseTokens.of(text.substring(span.start(), span.end()), analyzers)));
            boolean asked = false;
            for (int t = 0; t < held.length; t++) {
                asked |= held[t] && !newWords[t];
            }
            if (!asked && !namedAnew(text.substring(span.start(), span.end()), scorer, newWords, analyzers)) {
                return true;
            }
        }
        return false;
    }

    /** Whether each word of {@code span} is held by a term the follow-up's user typed anew. */
    private static boolean namedAnew(String span, EvidenceScorer scorer, boolean[] newWords, IndexAnalyzers analyzers) {
        for (String word : ArabicTextNormalizer.words(span)) {
            boolean[] held = scorer.foundIn(List.of(ClauseTokens.of(word, analyzers)));
            boolean named = false;
            for (int t = 0; t < held.length; t++) {
                named |= held[t] && newWords[t];
            }
            if (!named) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a when- or how-many question meets a sentence without a time or a figure: such a
     * sentence cannot answer it, however near the previous answer it stands.
     */
    private static boolean wantsTimeOrFigure(QuestionAnalysis question, boolean typed) {
        return (question.type() == QuestionType.DATE || question.type() == QuestionType.NUMBER) && !typed;
    }

    /**
     * Whether {@code text} goes on from the sentence before: it opens with a pronoun or a word that
     * continues (وهو، كما، ثم، إنه), or a demonstrative stands among its first words (تُعرف هذه
     * النظرية).
     */
    static boolean continuesPrevious(String text) {
        return REFERENCES.get(text, SentenceChooser::reference).continues();
    }

    private static boolean continues(String text) {
        List<String> opening = ArabicTextNormalizer.openingWords(text, WORD, POINTER_WORDS);
        for (int i = 0; i < opening.size(); i++) {
            String word = opening.get(i);
            if (i == 0 && (ArabicStopWords.PRONOUNS.contains(word) || ArabicStopWords.CONTINUATIONS.contains(word))
                    || ArabicStopWords.DEMONSTRATIVES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} opens on a verb by which a speaker goes on from what he said ({@link
     * ArabicSpeechVerbs#goesOn}: وأضاف، وتابع): it tells more of the statement before it, whose subject it
     * need not name again. A line's carry reads it ({@link Context#carried}), and so does a typed question's
     * read-on when the line gives the asked kind and the line before gives none ({@link Context#readOnGain}); it
     * is no pronoun's continuation ({@link #continuesPrevious}), which would also join the composed answer's
     * next sentence.
     */
    static boolean speaksOn(String text) {
        return REFERENCES.get(text, SentenceChooser::reference).speaksOn();
    }

    /**
     * Whether {@code text} opens by turning to another subject than the sentences before it ({@link
     * ArabicStopWords#TOPIC_SHIFTS}): أما ولاية هاواي…، من جهته، أبرق رئيس البرلمان…
     */
    static boolean shiftsTopic(String text) {
        List<String> opening = ArabicTextNormalizer.openingWords(text, ArabicTextNormalizer.UNPUNCTUATED_WORD, 2);
        if (opening.isEmpty()) {
            return false;
        }
        String first = opening.get(0);
        boolean either = opening.size() > 1 && opening.get(1).equals("ان");
        return ArabicStopWords.TOPIC_SHIFTS.contains(first) && !either
                || opening.size() > 1 && ArabicStopWords.TOPIC_SHIFTS.contains(first + " " + opening.get(1));
    }

    /** The tokens of the first {@code words} words of {@code text}. */
    static SentenceTokens opening(String text, int words, IndexAnalyzers analyzers) {
        Matcher word = ArabicTextNormalizer.UNPUNCTUATED_WORD.matcher(text);
        int end = 0;
        for (int n = 0; n < words && word.find(); n++) {
            end = word.end();
        }
        return ClauseTokens.of(text.substring(0, end), analyzers);
    }

    /**
     * Whether {@code text} refers back to a subject named before it: a pronoun or a word that goes on
     * stands first ({@link #continuesPrevious}), or a pronoun glued on one of its first words
     * (يحدها، عاصمتها، يبلغ عدد سكانها).
     */
    static boolean refersBack(String text) {
        return REFERENCES.get(text, SentenceChooser::reference).refersBack();
    }

    /**
     * Whether {@code text} opens on و and a present-tense verb whose subject it does not name next (the word
     * after the verb is no definite noun): "ويشعر بالقلق والتوتر إذا قاوم…"، "ويسمى بالتقويم الغريغوري" go on
     * about the subject the paragraph opens on, as a pronoun would. Only a paragraph's carry reads it ({@link
     * Context#carried}); "ويقع الحي في…" and "ويتركز أغلب سكان مصر…" name theirs.
     */
    static boolean impliesSubject(String text) {
        return REFERENCES.get(text, SentenceChooser::reference).impliesSubject();
    }

    private static Reference reference(String text) {
        boolean continues = continues(text);
        List<String> first = ArabicTextNormalizer.openingWords(text, WORD, 2);
        return new Reference(continues, continues || pronounGlued(text),
                !first.isEmpty() && ArabicSpeechVerbs.goesOn(first.get(0)), opensOnUnnamedVerb(first));
    }

    private static boolean opensOnUnnamedVerb(List<String> opening) {
        if (opening.isEmpty() || !opening.get(0).startsWith("و")) {
            return false;
        }
        String verb = ArabicProclitics.withoutConjunction(opening.get(0), ArabicRootSkeleton.MIN_LENGTH + 1);
        return verb.length() < opening.get(0).length() && ArabicRootSkeleton.looksPresentTense(verb)
                && (opening.size() < 2 || !opening.get(1).startsWith("ال"));
    }

    /** Whether a pronoun is glued on one of the first {@value #POINTER_WORDS} words of {@code text}. */
    private static boolean pronounGlued(String text) {
        // As written: folded, a word's feminine ending (وزارة) reads as the pronoun ه.
        Matcher word = ArabicTextNormalizer.UNPUNCTUATED_WORD.matcher(text);
        for (int n = 0; n < POINTER_WORDS && word.find(); n++) {
            if (ArabicRootSkeleton.endsInThirdPersonPronoun(word.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@link #continuesPrevious}, {@link #refersBack}, {@link #speaksOn} and {@link #impliesSubject} say of
     * one sentence.
     */
    private record Reference(boolean continues, boolean refersBack, boolean speaksOn, boolean impliesSubject) {
    }

    private record Context(Snapshot corpus, EvidenceScorer scorer, EvidenceScorer ranking, QuestionAnalysis question,
            TypedQuestion kind, boolean whatItIs, boolean anotherName, Set<String> fatherOf, List<String> tallied,
            List<EvidenceTerm> figures, Deed deed,
            Optional<PreviousAnswer> previous,
            Map<String, SentenceCandidate> byKey, Map<String, EvidenceScorer.ArticleCheck> articleChecks,
            Map<String, boolean[]> subjects) {

        void add(Article article, int index, boolean retrieved, double passageScore) {
            if (index < 0 || index >= article.sentences().size()) {
                return;
            }
            String key = article.file() + "#" + index;
            SentenceCandidate known = byKey.get(key);
            if (known != null && (known.retrieved() || !retrieved)) {
                return;
            }
            Sentence sentence = article.sentences().get(index);
            List<SentenceTokens> tokens = corpus.sentenceTokens(article.file());
            EvidenceScorer.ArticleCheck articleCheck = articleChecks.computeIfAbsent(article.file(),
                    f -> scorer.missingFrom(tokens, mainStory(article, tokens)));
            EvidenceScorer.Assessment assessment = scorer.assess(article, tokens, sentence, articleCheck);
            ShortAnswerFinder.Fit fit = ShortAnswerFinder.fit(sentence.text(), kind, tallied);
            boolean typed = !question.type().typed() || fit.holdsAnswer()
                    || namesDoer(sentence.text(), scorer, deed, corpus.analyzers())
                    || namesDoerBy(sentence.text(), scorer, deed, corpus.analyzers())
                    || !fatherOf.isEmpty() && ArabicPersonTitles.namesLineage(
                            ArabicTextNormalizer.arabicWords(sentence.text()), fatherOf);
            double score = assessment.coverage() + RANK_WEIGHT * passageScore
                    + (question.type().typed() && typed ? TYPE_BONUS : 0)
                    - (retrieved ? 0 : NEIGHBOUR_PENALTY)
                    + followUpBonus(article, index, typed)
                    + (anotherName && ArabicNamingWords.givesAnotherName(sentence.text()) ? TYPE_BONUS : 0);
            double rankShortfall = ranking == scorer ? 0
                    : assessment.coverage() - ranking.assess(article, tokens, sentence).coverage();
            double readOnGain = question.type().typed() && typed
                    ? readOnGain(article, tokens, sentence, assessment.coverage() - rankShortfall) : 0;
            double scatter = question.type().typed() ? scatter(sentence, tokens.get(index)) : 0;
            byKey.put(key, new SentenceCandidate(article, sentence, tokens.get(index), assessment.coverage(),
                    assessment.largestMissing(), typed, fit.countsTallied(), retrieved, passageScore, score,
                    assessment, articleCheck, rankShortfall, readOnGain, scatter,
                    whatItIs ? ranking.coverageOfParts(List.of(opening(sentence.text(), OPENING_WORDS, corpus.analyzers())))
                            : 0,
                    refersBack(sentence.text()) || speaksOn(sentence.text()) || impliesSubject(sentence.text())
                            ? carried(article, sentence, tokens, typed, readOnGain > 0) : 0,
                    0, holdsFigure(tokens.get(index))));
        }

        /**
         * As neighbours of {@code chunk}, the sentences after its next one in its section that point back ({@link
         * PointerNouns}) by a noun holding a question's word the chunk holds: "ورداً على الهجوم، شن الجيش السوري
         * قصفاً… في أريحا" tells what followed the attack the passage names in full ("استهدفت… الكلية الحربية"),
         * lines after it, and the search did not bring up its own chunk. Its own words then rank it.
         */
        void addPointing(Article article, Chunk chunk, double passageScore) {
            List<SentenceTokens> tokens = corpus.sentenceTokens(article.file());
            boolean[] inChunk = scorer.foundIn(tokens.subList(chunk.firstSentence(), chunk.lastSentence() + 1));
            Section section = article.sentences().get(chunk.lastSentence()).section();
            for (int i = chunk.lastSentence() + 2;
                    i < article.sentences().size() && article.sentences().get(i).section() == section; i++) {
                Optional<SentenceTokens> pointers = PointerNouns.tokens(tokens.get(i),
                        article.sentences().get(i).text(), corpus.analyzers());
                if (pointers.isEmpty()) {
                    continue;
                }
                boolean[] pointed = scorer.foundIn(List.of(pointers.get()));
                for (int t = 0; t < pointed.length; t++) {
                    if (pointed[t] && inChunk[t]) {
                        add(article, i, false, passageScore);
                        break;
                    }
                }
            }
        }

        /** Whether {@code sentence} holds one of the question's figures as written, not as a near number. */
        boolean holdsFigure(SentenceTokens sentence) {
            return figures.stream().anyMatch(f -> f.forms().stream().anyMatch(sentence.forms()::contains));
        }

        private double subjectWeight(boolean typed) {
            return question.type() == QuestionType.PLACE && typed ? PLACE_SUBJECT_WEIGHT : SUBJECT_WEIGHT;
        }

        /**
         * The weighted share of the question's evidence that the subject of {@code sentence}'s
         * paragraph names and the sentence does not hold ({@link SentenceChooser#SUBJECT_WEIGHT}), or,
         * for a line that goes on from the line before or from its speaker's statement ({@link
         * SentenceChooser#speaksOn}), that the line before holds ({@link
         * SentenceChooser#POINTER_SUBJECT_WEIGHT}), unless it is already read with that line
         * ({@code readOn}: {@link #readOnGain}), which would count the line's words twice.
         */
        private double carried(Article article, Sentence sentence, List<SentenceTokens> tokens, boolean typed,
                boolean readOn) {
            int paragraph = paragraphStart(article, sentence);
            boolean pointsUp = !readOn && pointsToLineBefore(article, sentence, paragraph);
            if (!pointsUp && !refersBack(sentence.text()) && !impliesSubject(sentence.text())) {
                return 0;
            }
            boolean[] subject = pointsUp ? scorer.foundIn(List.of(tokens.get(sentence.index() - 1)))
                    : subjects.computeIfAbsent(article.file() + "#" + paragraph, k -> scorer.foundIn(List.of(
                            opening(article.text().substring(paragraph), SUBJECT_WORDS, corpus.analyzers()))));
            boolean[] held = scorer.foundIn(List.of(tokens.get(sentence.index())));
            boolean[] carried = new boolean[subject.length];
            for (int t = 0; t < subject.length; t++) {
                carried[t] = subject[t] && !held[t];
            }
            double weight = pointsUp ? POINTER_SUBJECT_WEIGHT
                    : refersBack(sentence.text()) ? subjectWeight(typed) : IMPLIED_SUBJECT_WEIGHT;
            return weight * scorer.share(carried);
        }

        /** Where the line (news writes one paragraph a line) that holds {@code sentence} starts in its article. */
        private static int paragraphStart(Article article, Sentence sentence) {
            return article.text().lastIndexOf('\n', sentence.start() - 1) + 1;
        }

        /**
         * Whether {@code sentence} starts its line (nothing before it on the line), goes on from the sentence
         * before ({@link SentenceChooser#continuesPrevious}) or its speaker's statement ({@link
         * SentenceChooser#speaksOn}) and that sentence is of its section.
         */
        private static boolean pointsToLineBefore(Article article, Sentence sentence, int paragraph) {
            return sentence.index() > 0 && article.text().substring(paragraph, sentence.start()).isBlank()
                    && (continuesPrevious(sentence.text()) || speaksOn(sentence.text()))
                    && article.sentences().get(sentence.index() - 1).section() == sentence.section();
        }

        /**
         * How much more ranking coverage a sentence longer than {@value SentenceChooser#NEAR} characters
         * holds than its best run of clauses within that many characters (each run starting at a
         * clause and taking the clauses after it while they fit); 0 for a shorter sentence or one of
         * a single clause.
         */
        private double scatter(Sentence sentence, SentenceTokens whole) {
            String text = sentence.text();
            if (text.length() <= NEAR) {
                return 0;
            }
            List<TextSpan> spans = ClauseCutter.clauses(text);
            if (spans.size() < 2) {
                return 0;
            }
            List<SentenceTokens> clauses = spans.stream()
                    .map(span -> ClauseTokens.of(text.substring(span.start(), span.end()), corpus.analyzers()))
                    .toList();
            double near = 0;
            for (int first = 0; first < spans.size(); first++) {
                int end = first + 1;
                int length = spans.get(first).end() - spans.get(first).start();
                while (end < spans.size() && length + spans.get(end).end() - spans.get(end).start() <= NEAR) {
                    length += spans.get(end).end() - spans.get(end).start();
                    end++;
                }
                near = Math.max(near, ranking.coverageOfParts(clauses.subList(first, end)));
            }
            return Math.max(0, ranking.coverageOfParts(List.of(whole)) - near);
        }

        /**
         * The ranking coverage a sentence that goes on from the one before gains when read with it,
         * if that one holds no answer of the asked kind, or holds one but the sentence adds a word of
         * the question it lacks and does not open on the next event ({@link
         * ArabicStopWords#SEQUENCE_CONTINUATIONS}); 0 otherwise. An answer of the kind before is a
         * rival, not the subject, while the sentence states nothing the question asks that the rival
         * does not ("كما فاز بالبطولة في عام 1946" after "فاز النادي ببطولة الدوري في عام 2000", asked
         * when the club won the league). When it adds the question's word ("كما أنها تحوي منطقتان
         * حضريتان متوسعتان" after "…وثمانية مناطق إحصائية حضرية ضخمة", asked how many extended
         * metropolitan areas), the rival counts another thing of the same subject. After ثم the figure
         * is another event's ("ثم هزموا… في مباراة البطولة، 20–18"), and the rival may be the asked one.
         * A line on which the speaker of the line before goes on ({@link SentenceChooser#speaksOn}: "وتابع
         * المسؤول الإيراني، أن هذه الطائرات لم تغادر يوم أمس الاثنين، بل يوم الخميس الماضي" after Shamkhani's
         * line on the planes leaving Hamadan) is read on so too: it gives the date or the figure of the
         * statement the line before makes without one, as a pronoun's sentence does (docs/answers.md, "sent60").
         */
        private double readOnGain(Article article, List<SentenceTokens> tokens, Sentence sentence, double own) {
            int before = sentence.index() - 1;
            if (before < 0 || !continuesPrevious(sentence.text()) && !(speaksOn(sentence.text())
                    && pointsToLineBefore(article, sentence, paragraphStart(article, sentence)))) {
                return 0;
            }
            Sentence previous = article.sentences().get(before);
            if (previous.section() != sentence.section() || ShortAnswerFinder.holdsAnswer(previous.text(), kind)
                    && !(addsAskedWord(tokens.get(sentence.index()), tokens.get(before))
                            && !opensNextEvent(sentence.text()))) {
                return 0;
            }
            double together = ranking.coverageOfParts(List.of(tokens.get(sentence.index()), tokens.get(before)));
            return Math.max(0, together - own);
        }

        /** Whether {@code text} opens on the next event in a sequence ({@link ArabicStopWords#SEQUENCE_CONTINUATIONS}). */
        private static boolean opensNextEvent(String text) {
            List<String> opening = ArabicTextNormalizer.openingWords(text, WORD, 1);
            return !opening.isEmpty() && ArabicStopWords.SEQUENCE_CONTINUATIONS.contains(opening.get(0));
        }

        /** Whether {@code sentence} holds a word of the question that {@code previous} does not. */
        private boolean addsAskedWord(SentenceTokens sentence, SentenceTokens previous) {
            boolean[] own = ranking.foundIn(List.of(sentence));
            boolean[] before = ranking.foundIn(List.of(previous));
            for (int t = 0; t < own.length; t++) {
                if (own[t] && !before[t]) {
                    return true;
                }
            }
            return false;
        }

        private static List<SentenceTokens> mainStory(Article article, List<SentenceTokens> tokens) {
            return article.sentences().stream().filter(s -> s.section() == Section.MAIN)
                    .map(s -> tokens.get(s.index())).toList();
        }

        /**
         * The preference a follow-up gives the previous answer's story and the sentences near its
         * quote; none to one that cannot answer a when- or how-many follow-up ("وكم واحد انصاب؟"
         * after who condemned the attack): the sentence beside the quote that wishes the wounded a
         * recovery would otherwise outrank the one further on that gives their number.
         */
        private double followUpBonus(Article article, int index, boolean typed) {
            if (previous.isEmpty() || !previous.get().file().equals(article.file())
                    || wantsTimeOrFigure(question, typed)) {
                return 0;
            }
            boolean near = Math.abs(index - previous.get().sentence()) <= NEIGHBOURHOOD;
            return PREVIOUS_ARTICLE_BONUS + (near ? PREVIOUS_NEIGHBOURHOOD_BONUS : 0);
        }
    }
}
