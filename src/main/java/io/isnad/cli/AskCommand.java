package io.isnad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.isnad.answer.Answer;
import io.isnad.answer.AssistantService;
import io.isnad.answer.Question;
import io.isnad.index.CorpusUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ask "question"}: prints the answer and its sources, or the JSON of {@code /api/ask}. */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "Answer one question from the articles.")
public class AskCommand implements Callable<Integer> {

    static final int BAD_INPUT = 2;
    static final int NO_ARTICLES = 3;

    /** More than one word means the shell split an unquoted question (and may have expanded a '?' as a pattern). */
    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question, in Arabic or English, in quotes.")
    List<String> words;

    @Option(names = "--json", description = "Print the JSON that POST /api/ask returns.")
    boolean json;

    @Mixin
    TopKOption topK;

    @Spec
    CommandSpec spec;

    private final AssistantService assistant;
    private final ObjectMapper mapper;
    private final LiveFolder folder;

    AskCommand(AssistantService assistant, ObjectMapper mapper, LiveFolder folder) {
        this.assistant = assistant;
        this.mapper = mapper;
        this.folder = folder;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (words.size() > 1) {
            err.println("isnad ask: put the question in quotes, as one argument: isnad ask \"" + String.join(" ", words)
                    + "\"");
            return BAD_INPUT;
        }
        String question = words.get(0);
        if (question.isBlank()) {
            err.println("isnad ask: the question is blank; put one in quotes: "
                    + "isnad ask \"Who met Assad in Damascus?\"");
            return BAD_INPUT;
        }
        if (!topK.valid()) {
            err.println(topK.outOfRange("ask"));
            return BAD_INPUT;
        }
        if (question.strip().length() > Question.MAX_CHARS) {
            err.println(tooLong("ask"));
            return BAD_INPUT;
        }
        Optional<String> problem = folder.problem();
        if (problem.isPresent()) {
            err.println("isnad ask: " + problem.get());
            return NO_ARTICLES;
        }
        Answer answer;
        try {
            answer = assistant.ask(Question.of(question.strip(), topK.or(assistant.defaultTopK())));
        } catch (CorpusUnavailableException e) {
            err.println("isnad ask: " + e.getMessage());
            return NO_ARTICLES;
        }
        if (json) {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
            out.flush();
        } else {
            AnswerPrinter.print(answer, out);
        }
        return 0;
    }

    /** The one line that refuses a question over the limit the HTTP API and Slack put on it too. */
    static String tooLong(String command) {
        return "isnad " + command + ": the question is longer than " + Question.MAX_CHARS + " characters; shorten it";
    }
}
