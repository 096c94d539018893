package io.isnad.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which part of an article a sentence belongs to. */
public enum Section {
    /** The article's own story. */
    MAIN,
    /** An unrelated story appended after a "read also" marker: searchable, but cited as such. */
    APPENDIX;

    /** The lower-case name used in every JSON reply ({@code main}, {@code appendix}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The section a reply names by its {@link #label()}, when it names one. */
    public static Optional<Section> ofLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst();
    }
}
