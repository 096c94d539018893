package io.isnad.answer;

/** A retrieved passage as reported to users. */
public record PassageView(String file, String title, int start, int end, double score, String section) {
}
