package io.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code --top-k} as picocli parses it for the commands that take it. */
class TopKOptionTest {

    @Test
    void leftOutItIsTheConfiguredDefaultLikeTheHttpApis() {
        AskCommand ask = new AskCommand(null, null, null);
        new CommandLine(ask).parseArgs("a question");
        assertTrue(ask.topK.valid());
        assertEquals(8, ask.topK.or(8), "isnad.answer.default-top-k=8 must reach the command line too");
    }

    @Test
    void givenItWinsOverTheConfiguredDefault() {
        ChatCommand chat = new ChatCommand(null, null);
        new CommandLine(chat).parseArgs("--top-k", "3");
        assertTrue(chat.topK.valid());
        assertEquals(3, chat.topK.or(8));
    }

    @Test
    void outsideOneToTwentyItIsRefused() {
        AskCommand ask = new AskCommand(null, null, null);
        new CommandLine(ask).parseArgs("--top-k", "21", "a question");
        assertFalse(ask.topK.valid());
        new CommandLine(ask).parseArgs("--top-k", "0", "a question");
        assertFalse(ask.topK.valid());
    }
}
