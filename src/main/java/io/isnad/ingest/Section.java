package io.isnad.ingest;

/** Which part of an article a sentence belongs to. */
public enum Section {
    /** The article's own story. */
    MAIN,
    /** An unrelated story appended after a "read also" marker: searchable, but cited as such. */
    APPENDIX
}
