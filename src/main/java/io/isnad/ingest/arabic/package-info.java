/**
 * Arabic language knowledge, one home for each piece: the folding of spelling variants
 * ({@link io.isnad.ingest.arabic.ArabicTextNormalizer}), stop words, question words, number words,
 * calendar words, news synonyms, singular and plural nouns and the root skeleton (with the shapes of conjugated verbs,
 * standard and dialect), and the stems of Debian's Arabic Hunspell dictionary where it is installed. Every stage (ingest, index, retrieve, answer, eval) reads them from here.
 */
package io.isnad.ingest.arabic;
