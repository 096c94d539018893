package io.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import picocli.CommandLine;

/** The command line as the packaged app runs it: the same picocli root and CDI factory. */
@QuarkusTest
class CommandLineTest {

    private static final String MEETING_ARTICLE = "003_bda4f0888d9a15f7.txt";

    @Inject
    CommandLine.IFactory factory;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "quarkus.application.version")
    String version;

    @Test
    void versionPrintsTheBuildsVersionAndExitsZero() {
        Run run = run("--version");
        assertEquals(0, run.code(), run.err());
        assertEquals("isnad " + version, run.out().lines().findFirst().orElse(""));
        assertTrue(run.out().contains("Lucene 10.") && run.out().contains("Java " + Runtime.version().feature()),
                run.out());
    }

    @Test
    void helpListsEveryCommandAndSaysThatNoCommandStartsTheServer() {
        Run run = run("help");
        assertEquals(0, run.code(), run.err());
        for (String command : new String[] {"ask", "chat", "ingest", "eval", "help"}) {
            assertTrue(run.out().lines().anyMatch(line -> line.strip().startsWith(command + " ")), command + "\n" + run.out());
        }
        assertTrue(run.out().contains("Without a command, isnad starts the HTTP service"), run.out());
    }

    @Test
    void helpOfACommandDescribesIt() {
        Run run = run("help", "ingest");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Usage: isnad ingest"), run.out());
        assertTrue(run.out().contains("--index=DIR"), run.out());
    }

    @Test
    void anUnquotedQuestionIsRefusedInOneLineThatShowsTheQuotedForm() {
        Run run = run("ask", "Who", "met", "Assad?");
        assertEquals(AskCommand.BAD_INPUT, run.code());
        assertEquals("isnad ask: put the question in quotes, as one argument: isnad ask \"Who met Assad?\""
                + System.lineSeparator(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aMistakeOnTheCommandLineIsOneLineNamingTheCommandAndItsHelp() {
        assertOneLine("isnad ask: unknown option: '--bogus'; see isnad ask --help", run("ask", "--bogus", "x"));
        assertOneLine("isnad ask: missing required parameter: 'QUESTION'; see isnad ask --help",
                run("ask", "--json"));
        assertOneLine("isnad ask: invalid value for option '--top-k': 'abc' is not an int; see isnad ask --help",
                run("ask", "--top-k", "abc", "x"));
        assertOneLine("isnad ingest: missing required parameter for option '--index' (DIR); see isnad ingest --help",
                run("ingest", "--index"));
        assertOneLine("isnad: unknown option: '--bogus'; see isnad --help", run("--bogus"));
        assertOneLine("isnad: unknown subcommand 'frobnicate'; see isnad --help", run("help", "frobnicate"));
        Run command = run("frobnicate");
        assertEquals(AskCommand.BAD_INPUT, command.code());
        assertTrue(command.err().startsWith("isnad: unmatched argument at index 0: 'frobnicate'")
                && command.err().endsWith("; see isnad --help" + System.lineSeparator())
                && command.err().lines().count() == 1, command.err());
    }

    @Test
    void aBlankQuestionAndATopKOutOfRangeAreEachToldApart() {
        assertOneLine("isnad ask: the question is blank; put one in quotes: isnad ask \"Who met Assad in Damascus?\"",
                run("ask", "  "));
        assertOneLine("isnad ask: --top-k must be between 1 and 20, got 0",
                run("ask", "--top-k", "0", "Who met Assad?"));
        assertOneLine("isnad chat: --top-k must be between 1 and 20, got 21", run("chat", "--top-k", "21"));
    }

    @Test
    void aQuotedQuestionIsAnsweredWithItsSources() {
        Run run = run("ask", "Who met Assad in Damascus on December 1?");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Sources:") && run.out().contains(MEETING_ARTICLE), run.out());
    }

    @Test
    void theShortAnswerComesFirstWithItsEnglishRenderingBesideTheArticlesWords() throws Exception {
        String question = "Who met Assad in Damascus on December 1?";
        JsonNode brief = mapper.readTree(run("ask", "--json", question).out()).get("shortAnswer");
        assertTrue(brief.hasNonNull("text") && brief.hasNonNull("rendered"), "the example must have a rendered "
                + "short answer, or this test proves nothing: " + brief);
        Run run = run("ask", question);
        assertEquals(0, run.code(), run.err());
        assertEquals("Short answer: " + brief.get("rendered").asText() + " (" + brief.get("text").asText() + ")",
                run.out().lines().findFirst().orElse(""), run.out());
    }

    @Test
    void aQuestionOverTheHttpApisLimitIsRefusedInOneLine() {
        String question = "ما ".repeat(700).strip();
        Run run = run("ask", question);
        assertEquals(AskCommand.BAD_INPUT, run.code());
        assertEquals("isnad ask: the question is longer than 2000 characters; shorten it" + System.lineSeparator(),
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void chatRefusesALineOverTheLimitAndGoesOn() {
        Run run = chat("x".repeat(2001) + "\nWho met Assad in Damascus on December 1?\n");
        assertEquals(0, run.code(), run.err());
        assertEquals("isnad chat: the question is longer than 2000 characters; shorten it" + System.lineSeparator(),
                run.err());
        assertEquals(1, count(run.out(), "ms)"), "the next line is answered:\n" + run.out());
    }

    @Test
    void chatAnswersFollowUpsInBothLanguagesAndStopsAtExit() {
        String script = """
                Who met Assad in Damascus on December 1?
                Where will he travel next?

                متى التقى عباس عراقجي بالرئيس بشار الأسد في دمشق؟
                /exit
                Who won the 2022 FIFA World Cup?
                """;
        Run run = chat(script);
        assertEquals(0, run.code(), run.err());
        assertEquals(3, count(run.out(), "ms)"), "three answers, none after /exit:\n" + run.out());
        assertTrue(run.out().contains("(searched as: Where will he travel next ("), "the follow-up is made standalone "
                + "from the conversation:\n" + run.out());
        assertTrue(run.out().contains("(ar question"), run.out());
        assertTrue(run.out().contains("› Where will he travel next?"), "piped questions are echoed above their answers");
        assertTrue(run.out().contains(MEETING_ARTICLE), run.out());
        assertFalse(run.out().contains("do not answer"), "the line after /exit is never asked:\n" + run.out());
    }

    @Test
    void chatEndsAtEndOfInputAndNewStartsAFreshConversation() {
        Run run = chat("Who met Assad in Damascus on December 1?\n/new\nWhere will he travel next?");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("(new conversation)"), run.out());
        assertFalse(run.out().contains("(searched as:"), "after /new there is no earlier question:\n" + run.out());
        assertEquals(2, count(run.out(), "ms)"), run.out());
    }

    @Test
    void ingestIndexesAFolderAndOnlyChangedFilesTheSecondTime(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("index");
        Run first = run("ingest", "--index", index.toString(), "seeds");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("5 articles indexed, 0 skipped (index: 5 added"), first.out());
        assertTrue(Files.isDirectory(index));

        Run second = run("ingest", "--index", index.toString(), "seeds");
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("0 added, 0 updated, 0 removed, 5 unchanged"), second.out());
        assertEquals("", second.err(), "no progress lines for a run this short, and no log noise");
    }

    @Test
    void ingestOfAMissingFolderIsOneLineAndExitTwo(@TempDir Path dir) {
        Run run = run("ingest", "--index", dir.resolve("index").toString(), dir.resolve("nothing").toString());
        assertEquals(IngestCommand.NO_FOLDER, run.code());
        assertEquals("isnad ingest: no articles folder at " + dir.resolve("nothing").toAbsolutePath()
                + System.lineSeparator(), run.err());
    }

    @Test
    void ingestOfAFileNamesItAsAFileNotAMissingFolder(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("article.txt"), "خبر قصير.");
        Run run = run("ingest", "--index", dir.resolve("index").toString(), article.toString());
        assertEquals(IngestCommand.NO_FOLDER, run.code());
        assertEquals("isnad ingest: " + article.toAbsolutePath() + " is a file; give the folder of articles it is in"
                + System.lineSeparator(), run.err());
    }

    /** A refusal with exit code 2, its line alone on standard error and nothing on standard output. */
    private static void assertOneLine(String line, Run run) {
        assertEquals(line + System.lineSeparator(), run.err());
        assertEquals(2, run.code(), line);
        assertEquals("", run.out());
    }

    private Run chat(String script) {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)));
        try {
            return run("chat");
        } finally {
            System.setIn(stdin);
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = IsnadCommand.commandLine(factory);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private record Run(int code, String out, String err) {
    }
}
