package io.isnad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.isnad.answer.Answer;
import io.isnad.answer.AssistantService;
import io.isnad.answer.Citation;
import io.isnad.answer.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ask "question"}: prints the answer and its sources, or the JSON of {@code /api/ask}. */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "Answer one question from the articles.")
public class AskCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, in Arabic or English.")
    String question;

    @Option(names = "--json", description = "Print the JSON that POST /api/ask returns.")
    boolean json;

    @Option(names = "--top-k", defaultValue = "5", description = "Passages to retrieve (1-20, default ${DEFAULT-VALUE}).")
    int topK;

    @Spec
    CommandSpec spec;

    private final AssistantService assistant;
    private final ObjectMapper mapper;

    AskCommand(AssistantService assistant, ObjectMapper mapper) {
        this.assistant = assistant;
        this.mapper = mapper;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (question == null || question.isBlank() || topK < 1 || topK > 20) {
            spec.commandLine().getErr().println("isnad ask: give a non-blank question and --top-k between 1 and 20");
            return 2;
        }
        Answer answer = assistant.ask(Question.of(question.strip(), topK));
        if (json) {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
        } else {
            print(answer, out);
        }
        out.flush();
        return 0;
    }

    private static void print(Answer answer, PrintWriter out) {
        out.println(answer.answer());
        if (!answer.citations().isEmpty()) {
            out.println();
            out.println("Sources:");
            for (Citation c : answer.citations()) {
                String appendix = "appendix".equals(c.section()) ? " (appended story)" : "";
                out.printf("  [%d] %s%s — %s%n", c.n(), c.file(), appendix, c.title());
                out.printf("      «%s» (chars %d-%d)%n", c.quote(), c.start(), c.end());
            }
        }
        out.printf("%n(%s question, %.1f ms)%n", answer.language(), answer.timings().totalMs());
    }
}
