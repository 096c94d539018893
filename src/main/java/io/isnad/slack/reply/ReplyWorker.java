package io.isnad.slack.reply;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.isnad.slack.SlackConfig;
import io.isnad.slack.post.SlackCounters;

/**
 * The bounded pool that does all Slack work after the HTTP request has been acknowledged:
 * {@code isnad.slack.max-concurrent} workers and a bounded queue, so a burst of questions can
 * neither block Slack's requests (which must be answered within 3 seconds) nor grow memory without
 * limit. Questions of the same thread are answered one after another, so a follow-up sees the
 * question before it.
 */
@ApplicationScoped
public class ReplyWorker {

    private static final Logger LOG = Logger.getLogger(ReplyWorker.class);
    /** Work waiting for a worker; beyond it questions are refused (logged and counted). */
    static final int QUEUE_CAPACITY = 500;
    /** Locks by thread, striped so that memory stays fixed however many threads are seen. */
    private static final int STRIPES = 64;

    private final ThreadPoolExecutor pool;
    private final ReentrantLock[] threadLocks = new ReentrantLock[STRIPES];
    private final AnswerFlow answers;
    private final ClickFlow clicks;
    private final SlackCounters counters;

    ReplyWorker(SlackConfig config, AnswerFlow answers, ClickFlow clicks, SlackCounters counters) {
        this.answers = answers;
        this.clicks = clicks;
        this.counters = counters;
        int workers = Math.max(1, config.maxConcurrent());
        this.pool = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), daemonThreads());
        pool.allowCoreThreadTimeOut(true);
        for (int i = 0; i < STRIPES; i++) {
            // Fair, so questions of one thread are answered in the order they arrived.
            threadLocks[i] = new ReentrantLock(true);
        }
    }

    /** Queues a question; false (logged and counted) when the queue is full. Never blocks. */
    public boolean submit(SlackQuestion question) {
        counters.event();
        return run("question in " + question.channel(), () -> {
            ReentrantLock lock = threadLocks[Math.floorMod(question.threadKey().hashCode(), STRIPES)];
            lock.lock();
            try {
                answers.answer(question);
            } finally {
                lock.unlock();
            }
        });
    }

    /** Queues a button click; false (logged and counted) when the queue is full. Never blocks. */
    public boolean submit(ButtonClick click) {
        return run("click " + click.actionId(), () -> clicks.handle(click));
    }

    private boolean run(String what, Runnable work) {
        try {
            pool.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Slack work failed: %s", what);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            counters.rejected();
            LOG.warnf("Slack work refused, every worker busy and %d waiting: %s", QUEUE_CAPACITY, what);
            return false;
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "slack-reply-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
