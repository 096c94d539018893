package io.isnad.cli;

import java.util.Optional;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.isnad.index.LiveCorpus;
import io.isnad.index.LuceneWarmUp;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import picocli.CommandLine;

/**
 * One packaged app, two uses: without arguments it serves HTTP until stopped; with arguments it
 * runs a command and exits, without opening the HTTP port (so it works beside a running server).
 */
@QuarkusMain
public class IsnadMain implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(IsnadMain.class);

    @Inject
    CommandLine.IFactory factory;

    @Inject
    LiveCorpus live;

    public static void main(String... args) {
        if (args.length > 0) {
            System.setProperty("quarkus.http.host-enabled", "false");
            // Keep standard output for the command's own output (JSON must stay parseable).
            System.setProperty("quarkus.log.console.stderr", "true");
            // Only failures: a command prints its own one-line messages.
            System.setProperty("quarkus.log.level", System.getProperty("quarkus.log.level", "ERROR"));
            System.setProperty("quarkus.banner.enabled", "false");
        } else {
            // A server opens its index as soon as the framework lets it; Lucene's own set-up need not wait.
            LuceneWarmUp.start();
        }
        Quarkus.run(IsnadMain.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            // A server with nothing to serve would answer 503 forever: say what to fix and stop.
            Optional<String> problem = live.startupProblem();
            if (problem.isPresent()) {
                LOG.error(problem.get());
                return 1;
            }
            Quarkus.waitForExit();
            return 0;
        }
        return IsnadCommand.commandLine(factory).execute(args);
    }
}
