package io.isnad.index;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The live corpus's figures on {@code /q/metrics}: articles indexed and skipped by the latest
 * ingestion, and how long start-up ingestion and each re-index took. Evaluation runs build their
 * own corpora and are not counted.
 */
@ApplicationScoped
public class IndexMetrics {

    private final AtomicInteger indexed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final Timer ingestion;
    private final Timer reindex;

    IndexMetrics(MeterRegistry registry) {
        Gauge.builder("isnad.articles.indexed", indexed, AtomicInteger::get)
                .description("Articles in the live index after the latest ingestion").register(registry);
        Gauge.builder("isnad.articles.skipped", skipped, AtomicInteger::get)
                .description("Article files skipped by the latest ingestion (not UTF-8, empty, too large)")
                .register(registry);
        this.ingestion = Timer.builder("isnad.ingestion.duration")
                .description("Start-up ingestion of the articles folder into the live index").register(registry);
        this.reindex = Timer.builder("isnad.reindex.duration")
                .description("Re-indexing of the articles folder (POST /api/admin/reindex)").register(registry);
    }

    /** Start-up ingestion finished. */
    Corpus.RefreshReport ingested(Corpus.RefreshReport report) {
        return record(ingestion, report);
    }

    /** A re-index finished. */
    Corpus.RefreshReport reindexed(Corpus.RefreshReport report) {
        return record(reindex, report);
    }

    private Corpus.RefreshReport record(Timer timer, Corpus.RefreshReport report) {
        timer.record(Duration.ofMillis(report.millis()));
        indexed.set(report.indexed());
        skipped.set(report.skipped());
        return report;
    }
}
