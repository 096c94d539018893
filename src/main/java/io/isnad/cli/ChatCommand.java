package io.isnad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.isnad.answer.Question;
import io.isnad.chat.ChatService;
import io.isnad.chat.Conversation;
import io.isnad.index.CorpusUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code chat}: a conversation on the terminal through the same {@link ChatService} as
 * {@code POST /api/chat}, so follow-up questions are made standalone exactly as on the web page.
 * Reads one question per line from standard input until {@code /exit} or end of input.
 */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"Ask questions one per line, in Arabic or English; follow-ups continue the conversation.",
            "/new starts a new conversation; /exit or end of input (Ctrl-D) ends."})
public class ChatCommand implements Callable<Integer> {

    static final String EXIT = "/exit";
    static final String NEW = "/new";

    @Mixin
    TopKOption topK;

    @Spec
    CommandSpec spec;

    private final ChatService chat;
    private final LiveFolder folder;

    ChatCommand(ChatService chat, LiveFolder folder) {
        this.chat = chat;
        this.folder = folder;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!topK.valid()) {
            err.println(topK.outOfRange("chat"));
            return AskCommand.BAD_INPUT;
        }
        Optional<String> problem = folder.problem();
        if (problem.isPresent()) {
            err.println("isnad chat: " + problem.get());
            return AskCommand.NO_ARTICLES;
        }
        // Prompts only on a terminal: piped input (a script, a test) gets the answers alone.
        boolean terminal = System.console() != null;
        if (terminal) {
            out.println("Ask in Arabic or English; follow-up questions continue the conversation. "
                    + NEW + " starts afresh, " + EXIT + " or Ctrl-D ends.");
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String id = chat.open(Optional.empty()).orElseThrow().id();
        while (true) {
            if (terminal) {
                out.print("\n› ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null || line.strip().equals(EXIT)) {
                return 0;
            }
            String message = line.strip();
            if (message.equals(NEW)) {
                id = chat.open(Optional.empty()).orElseThrow().id();
                out.println("(new conversation)");
                out.flush();
            } else if (message.length() > Question.MAX_CHARS) {
                err.println(AskCommand.tooLong("chat"));
                err.flush();
            } else if (!message.isEmpty()) {
                if (!terminal) {
                    // A transcript of piped questions reads better with each question above its answer.
                    out.println("\n› " + message);
                }
                // A conversation idle past isnad.chat.idle-timeout is forgotten: carry on in a new one.
                Conversation conversation = chat.open(Optional.of(id)).or(() -> chat.open(Optional.empty()))
                        .orElseThrow();
                id = conversation.id();
                try {
                    AnswerPrinter.print(chat.chat(conversation, message, topK.or(chat.defaultTopK())).answer(), out);
                } catch (CorpusUnavailableException e) {
                    err.println("isnad chat: " + e.getMessage());
                    return AskCommand.NO_ARTICLES;
                }
            }
        }
    }
}
