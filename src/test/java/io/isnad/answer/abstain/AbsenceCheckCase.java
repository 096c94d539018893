package io.isnad.answer.abstain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test of the absence checks over one article of its own ({@link #article()}, as a.txt) beside the
 * unrelated article of {@link AbsenceCorpus}, indexed afresh for each test.
 */
abstract class AbsenceCheckCase {

    /** A dated landing at Larnaca with three passengers hurt: the article of the wording and function-word tests. */
    static final String LANDING = """
            هبوط اضطراري
            هبطت الطائرة في مطار لارنكا عام 2010 بعد ساعة من إقلاعها.
            وأصيب ثلاثة ركاب بجروح طفيفة.""";

    @TempDir
    Path tmp;

    private AbsenceCorpus fixture;

    /** The text of the article under test. */
    abstract String article();

    @BeforeEach
    void openCorpus() throws IOException {
        fixture = AbsenceCorpus.open(tmp, article());
    }

    @AfterEach
    void closeCorpus() throws IOException {
        fixture.close();
    }

    AbsenceCorpus fixture() {
        return fixture;
    }

    AbsentEvidence check(String question) {
        return fixture.check(question);
    }

    List<String> worded(String question) {
        return fixture.worded(question);
    }

    List<String> named(String question) {
        return fixture.named(question);
    }
}
