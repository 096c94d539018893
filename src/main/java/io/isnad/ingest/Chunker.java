package io.isnad.ingest;

import java.util.ArrayList;
import java.util.List;

/** Groups sentences into overlapping windows; a chunk never mixes the story with its appendix. */
final class Chunker {

    private final ChunkingSettings settings;

    Chunker(ChunkingSettings settings) {
        this.settings = settings;
    }

    List<Chunk> chunk(List<Sentence> sentences) {
        List<Chunk> chunks = new ArrayList<>();
        int sectionStart = 0;
        for (int i = 1; i <= sentences.size(); i++) {
            if (i == sentences.size() || sentences.get(i).section() != sentences.get(sectionStart).section()) {
                chunkSection(sentences, sectionStart, i, chunks);
                sectionStart = i;
            }
        }
        return List.copyOf(chunks);
    }

    private void chunkSection(List<Sentence> sentences, int from, int to, List<Chunk> into) {
        int step = settings.sentences() - settings.overlap();
        for (int first = from; first < to; first += step) {
            int last = Math.min(first + settings.sentences(), to) - 1;
            Sentence a = sentences.get(first);
            Sentence b = sentences.get(last);
            into.add(new Chunk(into.size(), a.start(), b.end(), first, last, a.section()));
            if (last == to - 1) {
                return;
            }
        }
    }
}
