package io.isnad.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A parsed article. All offsets point into {@code text}, the file's content decoded as UTF-8 with
 * any leading byte-order mark removed.
 *
 * @param fingerprint changes whenever the file or the way it is parsed changes; drives re-indexing
 * @param title what lists and citations show: the headline, or the first clause of a first line
 *        too long to be a headline
 * @param appendixTitle headline of an appended "read also" story, when there is one
 * @param headline the whole first line, as searched through the headline field
 */
public record Article(String file, String text, String title, Optional<LocalDate> date, String fingerprint,
        List<Sentence> sentences, List<Chunk> chunks, Optional<String> appendixTitle, String headline) {

    /** The sentences a chunk covers. */
    public List<Sentence> sentencesOf(Chunk chunk) {
        return sentences.subList(chunk.firstSentence(), chunk.lastSentence() + 1);
    }
}
