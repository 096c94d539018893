package io.isnad.retrieve.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs on the built-in lists (and a test's own small FreeDict), so the results do not depend on FreeDict being installed. */
class QueryTranslatorTest {

    private static final QueryTranslator TRANSLATOR = new QueryTranslator(Lexicon.builtin(), Optional.empty());

    private static Term term(TranslatedQuery query, String english) {
        return query.terms().stream()
                .filter(t -> t.english().equals(english))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no term for '" + english + "' in " + query));
    }

    private static List<String> englishOf(TranslatedQuery query) {
        return query.terms().stream().map(Term::english).toList();
    }

    @Test
    void longestPhraseWinsOverItsWords() {
        TranslatedQuery query = TRANSLATOR.translate("What did the Iranian Foreign Ministry say?");
        Term ministry = term(query, "foreign ministry");
        assertEquals(Source.PHRASE, ministry.source());
        assertTrue(ministry.arabic().contains("وزارة الخارجية"), ministry.toString());
        assertFalse(englishOf(query).contains("foreign"), "a matched phrase must not be translated word by word");
        assertFalse(englishOf(query).contains("ministry"));
        assertTrue(term(query, "iranian").arabic().contains("إيراني"));
    }

    /**
     * Every phrase of the built-in lists is found inside a question: the matcher looks up only the
     * windows whose first word starts some phrase ({@link Lexicon#startsPhrase}), and must miss none.
     */
    @Test
    void everyBuiltInPhraseIsFoundInAQuestion() {
        Lexicon builtin = Lexicon.builtin();
        int phrases = 0;
        for (String key : builtin.entries().keySet()) {
            if (!key.contains(" ") || key.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            phrases++;
            assertTrue(builtin.startsPhrase(key.substring(0, key.indexOf(' '))), key);
            TranslatedQuery query = TRANSLATOR.translate("Tell me of " + key + " now");
            assertTrue(query.terms().stream().anyMatch(t -> t.source() == Source.PHRASE && t.english().equals(key)),
                    key + " -> " + query);
        }
        assertTrue(phrases > 50, "phrases: " + phrases);
        assertFalse(builtin.startsPhrase("tell"));
    }

    @Test
    void threeWordPhraseBeatsTwoWordPrefix() {
        TranslatedQuery query = TRANSLATOR.translate("Who is the chief of staff of the armed forces?");
        assertEquals(List.of("chief of staff", "armed forces"), englishOf(query));
        assertTrue(term(query, "chief of staff").arabic().contains("رئيس الأركان"));
        assertTrue(term(query, "armed forces").arabic().contains("القوات المسلحة"));
    }

    /**
     * A general news compound is one Arabic word or fixed phrase that its words translated one by one
     * miss (stock البورصة is no "stock" سهم, an anthem's "national" no جنسية), also in the plural.
     */
    @Test
    void generalNewsCompoundsAreOneTerm() {
        TranslatedQuery query = TRANSLATOR.translate("When did the stock exchange play the national anthem?");
        assertFalse(englishOf(query).contains("stock"), "a compound must not be translated word by word");
        assertFalse(englishOf(query).contains("national"));
        assertTrue(term(query, "stock exchange").arabic().contains("البورصة"));
        assertTrue(term(query, "national anthem").arabic().contains("النشيد الوطني"));
        Term areas = term(TRANSLATOR.translate("How many metropolitan areas are there?"), "metropolitan areas");
        assertEquals(Source.PHRASE, areas.source());
    }

    /**
     * News verbs FreeDict renders as an imperative (arrive صل, attend احضر) or in a sense the articles
     * do not use (condolences, absent) are in the built-in lists, which are looked up first; an
     * inflected form reaches them through its base form.
     */
    @Test
    void newsVerbsFreeDictMistranslatesAreBuiltIn() {
        TranslatedQuery query = TRANSLATOR.translate("Who attended when the bombers arrive, and who sent condolences?");
        assertEquals(Source.BUILTIN, term(query, "arrive").source());
        assertTrue(term(query, "arrive").arabic().contains("وصل"));
        assertTrue(term(query, "attended").arabic().contains("حضر"));
        assertTrue(term(query, "condolences").arabic().contains("تعازي"));
    }

    @Test
    void troopsDeployedAreSentAsTheBaseVerbSays() {
        for (String question : new String[] {"Where were the troops deployed?", "When did the deployment start?"}) {
            TranslatedQuery query = TRANSLATOR.translate(question);
            assertTrue(query.terms().stream().anyMatch(t -> t.arabic().contains("نشر")
                    && (t.arabic().contains("أرسل") || t.arabic().contains("إرسال"))), query.toString());
        }
    }

    @Test
    void toConfrontIsToStandUpToAsNewsWritesIt() {
        TranslatedQuery query = TRANSLATOR.translate("What did Iran want to confront?");
        assertTrue(query.terms().stream().anyMatch(t -> t.arabic().contains("تصدى") && t.arabic().contains("واجه")),
                query.toString());
    }

    @Test
    void whatWasNeededIsTheNeedNewsWritesAsANoun() {
        TranslatedQuery query = TRANSLATOR.translate("Why was Russia's help needed?");
        assertTrue(query.terms().stream().anyMatch(t -> t.arabic().contains("حاجة") && t.arabic().contains("احتاج")),
                query.toString());
    }

    /** A government lists a group as terrorist: news writes it classes (تصنف) or enters (أدرج) it, not a list. */
    @Test
    void toListAGroupIsToClassItAsNewsWritesIt() {
        assertTrue(term(TRANSLATOR.translate("uk lists hts as terrorist group?"), "lists").arabic().contains("تصنف"));
        Term listed = term(TRANSLATOR.translate("When was the group listed as terrorist?"), "listed");
        assertTrue(listed.arabic().contains("أدرج") && listed.arabic().contains("مصنف"), listed.toString());
        assertEquals(List.of("قائمة"), term(TRANSLATOR.translate("Which list names the group?"), "list").arabic());
    }

    @Test
    void aTruceIsTheCeasefireNewsWrites() {
        Term truce = term(TRANSLATOR.translate("When did the truce begin?"), "truce");
        assertTrue(truce.arabic().contains("وقف إطلاق النار"), truce.toString());
    }

    @Test
    void takingEffectIsEnteringIntoForce() {
        for (String question : List.of("When did the truce take effect?", "Was the deal already in effect?",
                "When did the agreement come into force?", "How many days after the Gaza truce kicked in?",
                "When does the ceasefire kick in?")) {
            assertTrue(query(question).stream().anyMatch(t -> t.source() == Source.PHRASE
                    && t.arabic().contains("حيز التنفيذ")), question);
        }
        assertFalse(englishOf(TRANSLATOR.translate("Was the deal already in effect?")).contains("effect"));
    }

    @Test
    void aCableIsTheTelegramDiplomatsSendAndDepotsAreStoresSeizedAsNewsWritesThem() {
        assertTrue(term(TRANSLATOR.translate("Who sent a cable of condolence?"), "cable").arabic().contains("أبرق"));
        Term depots = term(TRANSLATOR.translate("Which group captured the army's weapons depots?"), "weapons depots");
        assertTrue(depots.arabic().contains("مخازن أسلحة"), depots.toString());
        Term captured = term(TRANSLATOR.translate("Which group captured the army's weapons depots?"), "captured");
        assertTrue(captured.arabic().contains("استولى"), captured.toString());
    }

    @Test
    void aStatesMissionInACityIsItsEmbassyOrConsulate() {
        Term mission = term(TRANSLATOR.translate("What did Iran confirm about its mission in Aleppo?"), "mission");
        assertTrue(mission.arabic().contains("قنصلية") && mission.arabic().contains("سفارة"), mission.toString());
    }

    @Test
    void israelIsAlsoTheZionistRegimeAsIranianOutletsNameIt() {
        Term israel = term(TRANSLATOR.translate("Which militants tied to Israel killed the general?"), "israel");
        assertTrue(israel.arabic().contains("الصهيوني") && israel.arabic().contains("إسرائيل"), israel.toString());
    }

    @Test
    void fightingStartedAgainIsResumedAndAnIncomingOfficialIsTheComingOne() {
        Term again = term(TRANSLATOR.translate("Did the minister want the talks to start again?"), "start again");
        assertEquals(Source.PHRASE, again.source());
        assertTrue(again.arabic().contains("استئناف"), again.toString());
        assertTrue(term(TRANSLATOR.translate("When were the talks resumed?"), "resumed").arabic().contains("استأنف"));
        Term incoming = term(TRANSLATOR.translate("Who is the incoming defence minister?"), "incoming");
        assertTrue(incoming.arabic().contains("القادم") && incoming.arabic().contains("المقبل"), incoming.toString());
    }

    @Test
    void goingAfterAGroupIsFightingIt() {
        Term goAfter = term(TRANSLATOR.translate("Does the coalition only go after ISIS in Syria?"), "go after");
        assertEquals(Source.PHRASE, goAfter.source());
        assertTrue(goAfter.arabic().contains("محاربة"), goAfter.toString());
        assertTrue(query("Does the coalition only go after ISIS in Syria?").stream()
                .noneMatch(t -> t.english().equals("go")), "no \"go\" read as ذهب");
    }

    @Test
    void pointingTheFingerIsBlaming() {
        Term pointed = term(TRANSLATOR.translate("Did Raisi point the finger at the occupying forces?"),
                "point the finger");
        assertEquals(Source.PHRASE, pointed.source());
        assertTrue(pointed.arabic().contains("مسؤولية"), pointed.toString());
        assertTrue(query("Who pointed the finger at Israel?").stream().noneMatch(t -> t.english().equals("finger")),
                "no \"finger\" read as the hand's");
    }

    @Test
    void gettingOnesHandsOnSomethingIsSeizingIt() {
        Term got = term(TRANSLATOR.translate("Did the rebels get their hands on any armoured vehicles?"),
                "get their hands on");
        assertEquals(Source.PHRASE, got.source());
        assertTrue(got.arabic().contains("مصادرة"), got.toString());
        assertTrue(query("Who got its hands on the weapons?").stream().noneMatch(t -> t.english().equals("hands")),
                "no \"hands\" read as the body's");
    }

    @Test
    void takingOfficeIsAnInauguration() {
        Term tookOffice = term(TRANSLATOR.translate("What did Trump threaten before he took office?"), "took office");
        assertEquals(Source.PHRASE, tookOffice.source());
        assertTrue(tookOffice.arabic().contains("تنصيب"), tookOffice.toString());
        assertTrue(query("When did the president take office?").stream().noneMatch(t -> t.english().equals("office")),
                "no \"office\" read as مكتب");
    }

    @Test
    void condolencesSentByCableAreSent() {
        // "أبرق… قاليباف، إلى نظيره السوري… معزياً": news sends condolences and congratulations by cable.
        Term send = term(TRANSLATOR.translate("Did Qalibaf send his condolences to Assad?"), "send");
        assertTrue(send.arabic().contains("أبرق"), send.toString());
        assertTrue(send.arabic().contains("أرسل"), send.toString());
    }

    @Test
    void aStatesDependenceIsItsSubordination() {
        Term dependence = term(TRANSLATOR.translate("Was the air support a sign of dependence?"), "dependence");
        assertTrue(dependence.arabic().contains("تبعية"), dependence.toString());
    }

    @Test
    void aCompoundPersianSurnameIsItsTwoArabicWords() {
        for (String spelling : List.of("fallahatpisheh", "falahatpisheh")) {
            Term name = term(TRANSLATOR.translate("Did " + spelling + " think Iran should get the money back?"),
                    spelling);
            assertTrue(name.arabic().contains("فلاحت بيشه"), name.toString());
        }
    }

    @Test
    void anArmyThatShellsATownBombardsIt() {
        assertTrue(term(TRANSLATOR.translate("Which towns did the army shell?"), "shell").arabic().contains("قصف"));
        assertTrue(term(TRANSLATOR.translate("How many shells fell?"), "shells").arabic().contains("قذائف"));
    }

    @Test
    void whatFightersGrabTheySeize() {
        assertTrue(term(TRANSLATOR.translate("what else did they grab besides the depots"), "grab").arabic()
                .contains("استولى"));
        assertTrue(term(TRANSLATOR.translate("Which depots were grabbed?"), "grabbed").arabic().contains("استولى"));
    }

    private static List<Term> query(String question) {
        return TRANSLATOR.translate(question).terms();
    }

    @Test
    void hyphenatedAndSpacedNamesMatchTheSamePhrase() {
        Term hyphenated = term(TRANSLATOR.translate("Which city did Hayat Tahrir al-Sham capture?"),
                "hayat tahrir al sham");
        assertEquals(Source.PHRASE, hyphenated.source());
        assertTrue(hyphenated.arabic().contains("هيئة تحرير الشام"));
        assertEquals(hyphenated.arabic(),
                term(TRANSLATOR.translate("hayat tahrir al sham"), "hayat tahrir al sham").arabic());
    }

    @Test
    void stopwordsAndQuestionWordsAreDropped() {
        TranslatedQuery query = TRANSLATOR.translate("How many of the people were there, and what did they do?");
        assertEquals(List.of("people"), englishOf(query));
        assertTrue(query.untranslated().isEmpty(), query.toString());
        assertEquals(List.of("fighting"), englishOf(TRANSLATOR.translate("whereabouts was the fighting")),
                "whereabouts asks where, as where does");
    }

    @Test
    void aSearchBoxAskingForEverythingDatedKeepsOnlyWhatItNames() {
        // "everything" asks as "anything" does, and "dated" stands before the date the answer writes (في الأول من
        // ديسمبر), seldom with a word of its own: as terms they were two words no sentence holds.
        assertEquals(List.of("araghchi", "report", "1", "december"),
                englishOf(TRANSLATOR.translate("araghchi report everything dated 1 december")));
    }

    /**
     * An English follow-up carries an Arabic question's words as written: they are already the articles' language,
     * kept folded and in their Standard form, where before they were untranslated and dropped. Function words stay
     * out, as English ones do.
     */
    @Test
    void arabicWordsInAnEnglishFollowUpAreKeptAsTheArabicPathReadsThem() {
        String question = "who was killed there (مين قتل معارك حلب)?";
        TranslatedQuery query = TRANSLATOR.translate(question, true);
        assertEquals(List.of("killed", "قتل", "معارك", "حلب"), englishOf(query));
        assertEquals(List.of("حلب"), term(query, "حلب").arabic());
        assertEquals(List.of("killed"), englishOf(TRANSLATOR.translate(question)), "asked not to, none is kept");
    }

    /**
     * A word whose every built-in translation is an Arabic stop word ("ago" قبل|منذ) is dropped as an
     * English stop word is; a capitalised one may be a name and stays, and FreeDict's homograph (كل, which
     * FreeDict gave "eat" before the built-in lists read it أكل) keeps its term.
     */
    @Test
    void wordBuiltInTranslatesOnlyByArabicStopWordsIsDropped(@TempDir Path dictd) throws IOException {
        FreeDictFiles.write(dictd, Map.of("devour", "كل"));
        QueryTranslator translator = new QueryTranslator(Lexicon.builtin(), FreeDictDictionary.load(dictd));

        TranslatedQuery ago = translator.translate("What event happened 66 million years ago?");
        assertFalse(englishOf(ago).contains("ago"), ago.toString());
        assertTrue(englishOf(ago).contains("years"), ago.toString());
        assertTrue(ago.untranslated().isEmpty(), ago.toString());

        assertEquals(List.of("كل"), term(translator.translate("How much do they devour?"), "devour").arabic());
        assertTrue(englishOf(translator.translate("What did Ali say?")).contains("ali"), "a capitalised word may be a name");
    }

    /**
     * "located" and "connect" are read in the sense a question asks them (يقع، موجود، يربط) before FreeDict's one
     * sense (واقع، أوصل).
     */
    @Test
    void placeWordsAreReadInTheSenseQuestionsAskThem(@TempDir Path dictd) throws IOException {
        FreeDictFiles.write(dictd, Map.of("located", "واقع", "connect", "أوصل"));
        QueryTranslator translator = new QueryTranslator(Lexicon.builtin(), FreeDictDictionary.load(dictd));

        Term located = term(translator.translate("Where is the stadium located?"), "located");
        assertEquals(Source.BUILTIN, located.source(), located.toString());
        assertTrue(located.arabic().containsAll(List.of("يقع", "موجود")), located.toString());
        assertTrue(term(translator.translate("What road connects the cities?"), "connects").arabic().contains("تصل"));
    }

    /**
     * Six verbs FreeDict knows in one sense the articles seldom write (حطّم، معلق، تعافى، ترقية، جدول، مشغول) are
     * read in the senses Arabic writes, their inflections too: a suspended team was أوقف، a recovered ball استعيدت.
     */
    @Test
    void verbsFreeDictKnowsInAnotherSenseAreReadAsArabicWritesThem(@TempDir Path dictd) throws IOException {
        FreeDictFiles.write(dictd, Map.of("suspended", "معلق", "recovered", "تعافى", "destroying", "تحطيم",
                "upgrade", "ترقية", "scheduled", "محدد", "busy", "مشغول"));
        QueryTranslator translator = new QueryTranslator(Lexicon.builtin(), FreeDictDictionary.load(dictd));

        TranslatedQuery query = translator.translate(
                "Was the suspended team scheduled to upgrade, recovered, destroying the busy plan?");
        assertTrue(term(query, "suspended").arabic().contains("إيقاف"), query.toString());
        assertTrue(term(query, "scheduled").arabic().contains("جدولة"), query.toString());
        assertTrue(term(query, "upgrade").arabic().contains("تطوير"), query.toString());
        assertTrue(term(query, "recovered").arabic().contains("استعاد"), query.toString());
        assertTrue(term(query, "destroying").arabic().contains("تدمير"), query.toString());
        assertTrue(term(query, "busy").arabic().contains("نشاط"), query.toString());
    }

    /**
     * A halt is read as news writes a suspension (علّقت روسيا استخدامها لقاعدة همدان), its inflections too, next to
     * the standstill FreeDict gives.
     */
    @Test
    void aHaltIsReadAsASuspension(@TempDir Path dictd) throws IOException {
        FreeDictFiles.write(dictd, Map.of("halt", "التوقّف", "halted", "أوقف"));
        QueryTranslator translator = new QueryTranslator(Lexicon.builtin(), FreeDictDictionary.load(dictd));

        Term halted = term(translator.translate("When did Russia halt its flights from Hamadan?"), "halt");
        assertTrue(halted.arabic().containsAll(List.of("علق", "أوقف")), halted.toString());
        Term inflected = term(translator.translate("Who halted the flights?"), "halted");
        assertTrue(inflected.arabic().contains("تعليق"), inflected.toString());
    }

    /**
     * Words FreeDict knows in another sense (رجع، دق، انشر), a gerund whose base form news writes in another sense
     * (measure إجراء) and a broken plural (أمراض) are read as Arabic writes what a question asks.
     */
    @Test
    void wordsReadInAnotherSenseOrStemAreReadAsArabicWritesThem(@TempDir Path dictd) throws IOException {
        FreeDictFiles.write(dictd, Map.of("backed", "رجع", "beat", "دق", "publish", "انشر"));
        QueryTranslator translator = new QueryTranslator(Lexicon.builtin(), FreeDictDictionary.load(dictd));

        TranslatedQuery query = translator.translate(
                "Who backed the rebels that beat the army, measuring diseases, and would publish it?");
        assertTrue(term(query, "backed").arabic().contains("دعم"), query.toString());
        assertTrue(term(query, "beat").arabic().contains("هزم"), query.toString());
        assertTrue(term(query, "publish").arabic().contains("نشر"), query.toString());
        assertTrue(term(query, "measuring").arabic().contains("قياس"), query.toString());
        assertTrue(term(query, "diseases").arabic().contains("أمراض"), query.toString());
    }

    /**
     * Words FreeDict gives another sense or none of (كل for eat, the imperative read as "all"; محرز، طيران، أداة،
     * لعبة، عقوبة، أسلوب، إجهاد، حائط، ساحة، أقدم), or that reached another built-in sense by inflection (issued the
     * noun issue قضية, based the military base قاعدة), are read as news and reference text write them; to lead is
     * also to head (برئاسة) and to top (تصدر), to measure قياس beside the measure taken (إجراء).
     */
    @Test
    void commonWordsAreReadInTheSenseArticlesWriteThem(@TempDir Path dictd) throws IOException {
        FreeDictFiles.write(dictd, Map.ofEntries(Map.entry("eat", "كل"),
                Map.entry("enhance", "حسّن"), Map.entry("scored", "محرز"), Map.entry("flight", "طيران"),
                Map.entry("device", "أداة"), Map.entry("game", "لعبة"), Map.entry("penalty", "عقوبة"),
                Map.entry("style", "أسلوب"), Map.entry("strains", "إجهاد"), Map.entry("wall", "حائط"),
                Map.entry("yard", "ساحة"), Map.entry("oldest", "أقدم")));
        QueryTranslator translator = new QueryTranslator(Lexicon.builtin(), FreeDictDictionary.load(dictd));
        Map<String, String> senses = Map.ofEntries(Map.entry("eat", "تأكل"), Map.entry("measure", "قياس"),
                Map.entry("enhance", "تحسين"), Map.entry("scored", "سجل"), Map.entry("issued", "أصدر"),
                Map.entry("based", "مقر"), Map.entry("led", "برئاسة"), Map.entry("lead", "تصدر"),
                Map.entry("flight", "رحلة"), Map.entry("device", "جهاز"), Map.entry("game", "مباراة"),
                Map.entry("penalty", "جزاء"), Map.entry("style", "نمط"), Map.entry("strains", "سلالات"),
                Map.entry("wall", "جدار"), Map.entry("yard", "ياردة"), Map.entry("oldest", "الأكبر سنا"));
        senses.forEach((english, arabic) -> {
            TranslatedQuery query = translator.translate("What " + english + "?");
            assertTrue(term(query, english).arabic().contains(arabic), query.toString());
        });
    }

    /**
     * FreeDict's one sense of territorial (the territorial soldier), division (القسم), cabin (الحجرة), pro (the
     * professional), discredit (the noun) and strip (the noun) is not the one a question means: they are read as
     * reference text writes them (التقسيم الإقليمي، مقصورة، المؤيد للإصلاح، التشكيك، تجريد الكرة).
     */
    @Test
    void generalWordsAreReadInTheSenseReferenceTextWrites(@TempDir Path dictd) throws IOException {
        FreeDictFiles.write(dictd, Map.ofEntries(Map.entry("territorial", "الجندي المرابط"),
                Map.entry("division", "القسم"), Map.entry("cabin", "الحجرة"), Map.entry("pro", "المحترف"),
                Map.entry("discredit", "سوء السمعة"), Map.entry("strip", "الشريط")));
        QueryTranslator translator = new QueryTranslator(Lexicon.builtin(), FreeDictDictionary.load(dictd));
        Map<String, String> senses = Map.ofEntries(Map.entry("territorial", "إقليمي"), Map.entry("division", "تقسيم"),
                Map.entry("cabin", "مقصورة"), Map.entry("pro", "مؤيد"), Map.entry("discredit", "شكك"),
                Map.entry("strip", "تجريد"));
        senses.forEach((english, arabic) -> {
            TranslatedQuery query = translator.translate("What " + english + "?");
            assertTrue(term(query, english).arabic().contains(arabic), query.toString());
        });
    }

    /**
     * A plural FreeDict reads as the mass noun (شعر), the music genre it reads as the element (معدن) and land it reads
     * as "backward" (متخلف) are read as reference text writes them: single hairs (شعيرات), the genre (ميتال) and
     * land left undeveloped (دون تنمية).
     */
    @Test
    void wordsFreeDictReadsInAnotherSenseAreReadAsReferenceTextWritesThem(@TempDir Path dictd) throws IOException {
        FreeDictFiles.write(dictd, Map.ofEntries(Map.entry("hairs", "شعر"), Map.entry("metal", "معدن"),
                Map.entry("undeveloped", "متخلف")));
        QueryTranslator translator = new QueryTranslator(Lexicon.builtin(), FreeDictDictionary.load(dictd));
        Map<String, String> senses = Map.ofEntries(Map.entry("hairs", "شعيرات"), Map.entry("metal", "ميتال"),
                Map.entry("undeveloped", "دون تنمية"));
        senses.forEach((english, arabic) -> {
            TranslatedQuery query = translator.translate("What " + english + "?");
            assertTrue(term(query, english).arabic().contains(arabic), query.toString());
        });
    }

    /**
     * FreeDict's one sense of present (the gift, هدية) and the verb's قبل for accepted are not what a question means:
     * a thing present somewhere is موجود, and a theory widely accepted is مقبولة.
     */
    @Test
    void wordsOfAQuestionsOwnSenseAreReadAsArticlesWriteThem(@TempDir Path dictd) throws IOException {
        FreeDictFiles.write(dictd, Map.ofEntries(Map.entry("present", "هدية"),
                Map.entry("accepted", "وافق")));
        QueryTranslator translator = new QueryTranslator(Lexicon.builtin(), FreeDictDictionary.load(dictd));
        Map<String, String> senses = Map.ofEntries(Map.entry("present", "موجود"),
                Map.entry("accepted", "مقبولة"));
        senses.forEach((english, arabic) -> {
            TranslatedQuery query = translator.translate("What " + english + "?");
            assertTrue(term(query, english).arabic().contains(arabic), query.toString());
        });
    }

    /**
     * FreeDict's invited is the guest (مدعو) and its invite the imperative (إدع), its wore "lasted" (دام) and its wearing
     * the clothing (اللبس): news writes one inviting another (دعا) and one wearing a suit or a uniform (ارتدى، يرتدي).
     */
    @Test
    void verbsFreeDictGivesAnotherSenseOfAreReadAsNewsWritesThem(@TempDir Path dictd) throws IOException {
        FreeDictFiles.write(dictd, Map.ofEntries(Map.entry("invited", "مدعو"), Map.entry("invite", "إدع"),
                Map.entry("wore", "دام"), Map.entry("worn", "دام"), Map.entry("wearing", "اللبس")));
        QueryTranslator translator = new QueryTranslator(Lexicon.builtin(), FreeDictDictionary.load(dictd));
        Map<String, String> senses = Map.ofEntries(Map.entry("invited", "دعا"), Map.entry("invite", "دعا"),
                Map.entry("wore", "ارتدى"), Map.entry("worn", "ارتدى"), Map.entry("wearing", "يرتدي"));
        senses.forEach((english, arabic) -> {
            TranslatedQuery query = translator.translate("What " + english + "?");
            assertTrue(term(query, english).arabic().contains(arabic), query.toString());
            assertFalse(term(query, english).arabic().contains("دام"), query.toString());
        });
    }

    /** A plural unit is counted in the singular past ten (17 ثانية، 15 دقيقة): both are its translations. */
    @Test
    void pluralUnitsTranslateToTheSingularArabicCountsIn() {
        TranslatedQuery query = TRANSLATOR.translate("How many seconds and minutes, weeks and months were left?");
        assertTrue(term(query, "seconds").arabic().containsAll(List.of("ثوان", "ثانية")), query.toString());
        assertTrue(term(query, "minutes").arabic().contains("دقيقة"), query.toString());
        assertTrue(term(query, "weeks").arabic().contains("أسبوعا"), query.toString());
        assertTrue(term(query, "months").arabic().contains("شهرا"), query.toString());
    }

    @Test
    void capitalisedStopwordInsideSentenceIsTranslated() {
        TranslatedQuery query = TRANSLATOR.translate("When did US troops leave?");
        assertTrue(term(query, "us").arabic().contains("الولايات المتحدة"));
        assertTrue(TRANSLATOR.translate("what about us").terms().isEmpty(), "lower-case 'us' is a pronoun");
    }

    @Test
    void dottedAcronymsAreOneWord() {
        TranslatedQuery query = TRANSLATOR.translate("Did the U.S.-backed forces meet U.N. officials?");
        assertTrue(term(query, "us backed").arabic().get(0).contains("المدعومة"), query.toString());
        assertTrue(term(query, "un").arabic().contains("الأمم المتحدة"), query.toString());
    }

    /**
     * A word whose entry is a noun's or an adjective's reads as its verb where English puts a bare verb: after
     * "did" and its subject, or after "to", before the question's end or a function word. Elsewhere it keeps its
     * entry, and a capitalised one inside the sentence is a name's.
     */
    @Test
    void aBareVerbAfterItsAuxiliaryReadsAsTheVerb() {
        Term lasted = term(TRANSLATOR.translate("How long did the fighting last before the city was taken?"), "last");
        assertTrue(lasted.arabic().contains("استمر"), lasted.toString());
        assertFalse(lasted.arabic().contains("آخر"), lasted.toString());
        assertTrue(term(TRANSLATOR.translate("How long was the truce supposed to last?"), "last").arabic()
                .contains("دام"));
        assertTrue(term(TRANSLATOR.translate("When was the last plague outbreak?"), "last").arabic().contains("آخر"));
        assertTrue(term(TRANSLATOR.translate("What did the report state about Aleppo?"), "state").arabic()
                .contains("ذكر"));
        assertTrue(term(TRANSLATOR.translate("Which state did Waltz represent?"), "state").arabic().contains("دولة"));
        assertFalse(term(TRANSLATOR.translate("What did the Land of Israel movement say?"), "land").arabic()
                .contains("هبط"), "a capital inside the sentence is a name's");
        assertFalse(term(TRANSLATOR.translate("Did the war between Iran and Iraq last?"), "last").arabic()
                .contains("استمر"), "a subject holding another function word than an article or 'of' is not read");
    }

    /** "uses" is use + s: read as "us" it was the United States, and the question searched for America. */
    @Test
    void usesIsTheVerbUseNotTheUnitedStates() {
        Term uses = term(TRANSLATOR.translate("What other uses does steam have?"), "uses");
        assertTrue(uses.arabic().contains("استخدام"), uses.toString());
        assertFalse(uses.arabic().contains("الولايات المتحدة"), uses.toString());
    }

    @Test
    void inflectedFormsFindTheirBaseEntry() {
        TranslatedQuery query = TRANSLATOR.translate("ambushes negotiated casualties bombing");
        Term ambushes = term(query, "ambushes");
        assertEquals(Source.BUILTIN, ambushes.source());
        assertTrue(ambushes.arabic().contains("كمين"), "ambushes must reach ambush");
        assertTrue(term(query, "negotiated").arabic().contains("التفاوض"), "negotiated must reach negotiate");
        assertTrue(term(query, "bombing").arabic().contains("قصف"));
        // Exact entries win over inflection and keep full weight.
        Term casualties = term(query, "casualties");
        assertEquals(1.0, casualties.weight());
        assertTrue(ambushes.weight() < casualties.weight(), "an inflected match is trusted a little less");
    }

    /**
     * "Manning" reads as "man" + "-ing"; capitalised inside a sentence it is a name, so it is spelled
     * as one besides the inflected entry. Lower case, at a sentence's start or as a plural ("Kurds"
     * is a people the lists know) it is the inflected entry alone.
     */
    @Test
    void capitalisedVerbFormInsideASentenceIsAlsoSpelledAsAName() {
        assertEquals(List.of(Source.BUILTIN, Source.TRANSLITERATION),
                sourcesOf(TRANSLATOR.translate("How old was Peyton Manning in 2016?"), "manning"));
        assertEquals(List.of(Source.BUILTIN), sourcesOf(TRANSLATOR.translate("who is manning the border"), "manning"));
        assertEquals(List.of(Source.BUILTIN), sourcesOf(TRANSLATOR.translate("Manning the border, who?"), "manning"));
        assertEquals(List.of(Source.BUILTIN), sourcesOf(TRANSLATOR.translate("Where were the Ambushes?"), "ambushes"));
    }

    private static List<Source> sourcesOf(TranslatedQuery query, String english) {
        return query.terms().stream().filter(t -> t.english().equals(english)).map(Term::source).toList();
    }

    @Test
    void inflectedLastWordStillMatchesPhrase() {
        Term strikes = term(TRANSLATOR.translate("How many air strikes hit Idlib?"), "air strikes");
        assertEquals(Source.PHRASE, strikes.source());
        Term ministers = term(TRANSLATOR.translate("foreign ministers met"), "foreign ministers");
        assertTrue(ministers.arabic().contains("وزير الخارجية"));
    }

    /**
     * Flying back is a return and a conflict spilling over reaches beyond (امتد): word by word "fly" was the insect,
     * "back" the body's and "spill" a liquid's.
     */
    @Test
    void flyingBackAndSpillingOverAreOnePhraseEach() {
        Term flew = term(TRANSLATOR.translate("where did they fly back to?"), "fly back");
        assertTrue(flew.arabic().contains("عاد"), flew.toString());
        assertTrue(term(TRANSLATOR.translate("the jets flew back to Russia"), "flew back").arabic().contains("عاد"));
        Term spill = term(TRANSLATOR.translate("What made the conflict spill over beyond Syria?"), "spill over");
        assertTrue(spill.arabic().contains("امتد"), spill.toString());
    }

    @Test
    void possessiveIsRemoved() {
        TranslatedQuery query = TRANSLATOR.translate("What is Iran\u2019s position on Syria's future?");
        assertTrue(term(query, "iran").arabic().contains("إيران"));
        assertTrue(term(query, "syria").arabic().contains("سوريا"));
        assertTrue(query.untranslated().isEmpty(), query.toString());
    }

    @Test
    void numbersPassThroughAndDatesTranslate() {
        TranslatedQuery query = TRANSLATOR.translate("What happened on December 1, 2024 when 1,500 fighters arrived?");
        Term december = term(query, "december");
        assertTrue(december.arabic().containsAll(List.of("ديسمبر", "كانون الأول")), december.toString());
        for (String number : List.of("1", "2024", "1500")) {
            Term term = term(query, number);
            assertEquals(Source.NUMBER, term.source());
            assertEquals(List.of(number), term.arabic());
        }
    }

    @Test
    void verbsThatOnlySayAnEventHappenedAreNotSearchedFor() {
        // The answer gives the event and its date or place, seldom the verb: as a term it made
        // "When did the Cretaceous-Paleogene extinction happen?" abstain.
        for (String question : List.of("When did the extinction happen?", "Where did the clashes occur?",
                "What happened to the crew?", "How often do floods occur?")) {
            TranslatedQuery query = TRANSLATOR.translate(question);
            assertEquals(1, query.terms().size(), query.toString());
            assertTrue(query.untranslated().isEmpty(), query.toString());
        }
        // "take place" is still translated: without it a where-question about an event the articles
        // place nowhere was answered.
        assertTrue(term(TRANSLATOR.translate("Where did the meeting take place?"), "take place").arabic().contains("جرى"));
    }

    @Test
    void ordinalsAndDecadesKeepTheirDigits() {
        TranslatedQuery query = TRANSLATOR.translate("the 4th brigade in the 1980s");
        assertEquals(List.of("4"), term(query, "4").arabic());
        assertEquals(List.of("1980"), term(query, "1980").arabic());
        assertTrue(term(query, "brigade").arabic().contains("لواء"));
    }

    @Test
    void aNumberGluedToAWordIsTranslatedApart() {
        TranslatedQuery query = TRANSLATOR.translate("Who did Internet15 partner with?");
        assertTrue(term(query, "internet15").arabic().contains("إنترنت15"), query.toString());
        assertEquals(Source.NUMBER, term(query, "15").source());
        assertEquals(List.of("15"), term(query, "15").arabic());
        assertTrue(query.untranslated().isEmpty(), query.toString());
    }

    @Test
    void capitalisedMonthIsNotTakenForTheModalVerb() {
        TranslatedQuery query = TRANSLATOR.translate("What happened on May 5?");
        assertTrue(term(query, "may").arabic().contains("أيار"));
        assertTrue(TRANSLATOR.translate("It may rain").terms().stream().noneMatch(t -> t.english().equals("may")));
    }

    @Test
    void unknownNameIsTransliteratedWithLowerWeight() {
        TranslatedQuery query = TRANSLATOR.translate("Where did Qurbanzadeh travel?");
        Term name = term(query, "qurbanzadeh");
        assertEquals(Source.TRANSLITERATION, name.source());
        assertTrue(name.arabic().stream().allMatch(a -> a.matches("\\p{IsArabic}+")), name.toString());
        assertTrue(name.weight() < term(query, "travel").weight());
    }

    @Test
    void articleNameGetsVariantsWithAndWithoutAl() {
        Term name = term(TRANSLATOR.translate("Who leads al-Zubaidat?"), "al-zubaidat");
        assertEquals(Source.TRANSLITERATION, name.source());
        assertTrue(name.arabic().get(0).startsWith("ال"), name.toString());
        assertTrue(name.arabic().stream().anyMatch(a -> !a.startsWith("ال")), name.toString());
    }

    @Test
    void unknownAcronymIsReportedUntranslated() {
        TranslatedQuery query = TRANSLATOR.translate("What did the QXZ report? Was QXZ right?");
        assertEquals(List.of("qxz"), query.untranslated());
        assertTrue(englishOf(query).contains("report"));
    }

    @Test
    void repeatedWordsGiveOneTerm() {
        TranslatedQuery query = TRANSLATOR.translate("Syria and Syria");
        assertEquals(List.of("syria"), englishOf(query));
    }

    @Test
    void askingForANameIsNotSearchedForTheWordName() {
        TranslatedQuery query = TRANSLATOR.translate("What is the name of the river named after the king?");
        assertFalse(englishOf(query).contains("name"), englishOf(query).toString());
        assertFalse(englishOf(query).contains("named"), englishOf(query).toString());
        assertTrue(englishOf(query).contains("river"), englishOf(query).toString());
    }

    /**
     * A question-frame phrase's words ("another term for", "last name of") are translated but only as
     * evidence: searched, مصطلح or آخر pulled the search to another article; the asked-for word is searched.
     */
    @Test
    void frameWordsAreEvidenceButNotSearched() {
        TranslatedQuery term = TRANSLATOR.translate("What is another term for the rotor?");
        assertFalse(term(term, "term").searched(), term.toString());
        assertTrue(term(term, "term").arabic().contains("مصطلح"));
        assertTrue(term.terms().stream().filter(t -> !t.english().equals("term")).allMatch(Term::searched), term.toString());
        TranslatedQuery name = TRANSLATOR.translate("What is the last name of the player?");
        assertFalse(term(name, "last").searched(), name.toString());
        assertTrue(term(name, "player").searched(), name.toString());
    }

    /** Outside a frame phrase the same words keep their sense and are searched ("his last term"). */
    @Test
    void frameWordsOutsideTheirPhraseAreSearched() {
        TranslatedQuery query = TRANSLATOR.translate("When did his last term as president end?");
        assertTrue(term(query, "last").searched(), query.toString());
        assertTrue(term(query, "term").searched(), query.toString());
    }

    /** A word asked both in a frame phrase and on its own gives one term, searched. */
    @Test
    void aFrameWordAlsoAskedOnItsOwnIsSearched() {
        TranslatedQuery query = TRANSLATOR.translate("What is another term for the term of office?");
        assertEquals(1, englishOf(query).stream().filter("term"::equals).count(), query.toString());
        assertTrue(term(query, "term").searched(), query.toString());
    }

    /**
     * An inflected word FreeDict knows as written keeps that entry, and its base form's translations
     * become secondary senses; a word FreeDict knows only by its base form takes that entry as its own.
     */
    @Test
    void baseFormsDictionaryEntryIsASecondarySense(@TempDir Path dictd) throws IOException {
        FreeDictFiles.write(dictd, Map.of("criticized", "منتقد", "criticize", "انتقد", "praise", "مدح"));
        QueryTranslator translator = new QueryTranslator(Lexicon.builtin(), FreeDictDictionary.load(dictd));

        Term criticized = term(translator.translate("Who was criticized?"), "criticized");
        assertEquals(List.of("منتقد"), criticized.arabic());
        assertEquals(List.of("انتقد"), criticized.secondary());

        Term praised = term(translator.translate("Who was praised?"), "praised");
        assertEquals(List.of("مدح"), praised.arabic());
        assertEquals(List.of(), praised.secondary());
    }

    /**
     * A word's regular inflections that FreeDict knows give it their translations as secondary
     * senses ("play" is the theatre's المسرحية, "played" لعب), but only inflections whose base form
     * is that word: "caring" is care's, not car's.
     */
    @Test
    void inflectionsDictionaryEntriesAreSecondarySenses(@TempDir Path dictd) throws IOException {
        FreeDictFiles.write(dictd, Map.of("play", "المسرحية", "played", "لعب", "plays", "المسرحيات",
                "car", "السيارة", "care", "الرعاية", "caring", "مهتم"));
        QueryTranslator translator = new QueryTranslator(Lexicon.builtin(), FreeDictDictionary.load(dictd));

        Term play = term(translator.translate("Which play was chosen?"), "play");
        assertEquals(List.of("المسرحية"), play.arabic());
        assertEquals(List.of("المسرحيات", "لعب"), play.secondary());

        Term plays = term(translator.translate("Who plays?"), "plays");
        assertEquals(List.of("المسرحيات"), plays.arabic());
        assertEquals(List.of("المسرحية", "لعب"), plays.secondary());

        Term car = term(translator.translate("Which car was chosen?"), "car");
        assertEquals(List.of(), car.secondary());
    }

    /**
     * A place's adjective in -ian that FreeDict translates by its nisba (كاليفورني) also carries the place's
     * translations as further spellings, FreeDict's or the built-in places' (آسيا); not a word in -an
     * ("Norman", not "Norma"), nor a lower-case one, which is no place's adjective ("median", not "media").
     */
    @Test
    void placesAdjectiveIsAlsoSpelledAsThePlace(@TempDir Path dictd) throws IOException {
        FreeDictFiles.write(dictd, Map.of("californian", "كاليفورني", "california", "كاليفورنيا",
                "asian", "الآسيوي", "norman", "نورمان", "norma", "نورما", "median", "متوسط", "media", "وسائل الإعلام"));
        QueryTranslator translator = new QueryTranslator(Lexicon.builtin(), FreeDictDictionary.load(dictd));

        Term californian = term(translator.translate("Which Californian city grew?"), "californian");
        assertEquals(List.of("كاليفورني"), californian.arabic());
        assertTrue(californian.spellings().contains("كاليفورنيا"), californian.toString());
        assertTrue(term(translator.translate("Which Asian city grew?"), "asian").spellings().contains("آسيا"));

        assertFalse(term(translator.translate("Which Norman city grew?"), "norman").spellings().contains("نورما"));
        assertFalse(term(translator.translate("What is the median age?"), "median").spellings()
                .contains("وسائل الإعلام"));
    }
}
