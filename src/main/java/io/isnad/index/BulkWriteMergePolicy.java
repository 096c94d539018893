package io.isnad.index;

import java.io.IOException;

import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentInfos;

/**
 * The writer's merge policy, with its own merges held back while a bulk write runs: each merge
 * Lucene starts during a long ingestion (8% of its execution samples on the 20,000-article
 * archive, on the cores the workers need) is merged again by the compaction that follows it,
 * which merges every segment into one. Forced merges (that compaction) are never held back.
 */
final class BulkWriteMergePolicy extends FilterMergePolicy {

    private volatile boolean held;

    BulkWriteMergePolicy(MergePolicy policy) {
        super(policy);
    }

    /** Holds back the merges the wrapped policy would choose, until {@link #release()}. */
    void hold() {
        held = true;
    }

    /** Lets the wrapped policy choose merges again, at the writer's next flush or commit. */
    void release() {
        held = false;
    }

    @Override
    public MergeSpecification findMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context)
            throws IOException {
        return held ? null : super.findMerges(trigger, infos, context);
    }

    /** The merges of small segments a commit waits for (Lucene asks the wrapped policy directly). */
    @Override
    public MergeSpecification findFullFlushMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context)
            throws IOException {
        return held ? null : super.findFullFlushMerges(trigger, infos, context);
    }
}
