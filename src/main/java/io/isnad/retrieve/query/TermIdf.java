package io.isnad.retrieve.query;

import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;

import io.isnad.index.IndexField;

/**
 * BM25's idf of the question's terms, from the document frequencies fetched for the question in
 * one look-up; a word no chunk contains gets the highest, so missing evidence weighs most.
 */
public final class TermIdf {

    private TermIdf() {
    }

    /** The idf of {@code text} in {@code field}, over an index of {@code docs} chunks. */
    public static double of(Map<Term, Integer> docFreqs, IndexField field, String text, double docs) {
        int df = docFreqs.get(new Term(field.field(), text));
        return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
    }

    /** A word's weight: the commonest variant is the word itself; a rare one is a proclitic glued to it. */
    public static double ofWord(Map<Term, Integer> docFreqs, List<String> variants, double chunks) {
        double idf = Double.MAX_VALUE;
        for (String variant : variants) {
            idf = Math.min(idf, of(docFreqs, IndexField.ARABIC, variant, chunks));
        }
        return idf;
    }
}
