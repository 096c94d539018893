/**
 * Arabic language knowledge, one home for each piece: the folding of spelling variants
 * ({@link io.isnad.ingest.arabic.ArabicTextNormalizer}), stop words, question words, number words
 * and calendar words. Every stage (ingest, index, retrieve, answer, eval) reads them from here.
 */
package io.isnad.ingest.arabic;
