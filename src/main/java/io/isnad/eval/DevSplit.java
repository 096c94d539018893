package io.isnad.eval;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The fixed split of every dev set into a tuning part and a check part. A question's part depends
 * only on its split group, so it never changes when questions are added, removed or reordered:
 * the CRC-32 of the group's UTF-8 bytes, even for {@link Part#TUNE}, odd for {@link Part#CHECK}.
 *
 * <p>The group is, in this order: the question's {@code group} field when it has one (generated
 * near-miss questions carry their source question's group); in a paragraph set (at least
 * {@value #PARAGRAPH_SET_FILES} distinct expected files, such as xquad-dev and arcd-train) the
 * first expected file, so that no paragraph has questions on both sides; else the id without a
 * trailing {@code -ar}/{@code -en}, so the Arabic and English versions of a question stay together.
 */
public final class DevSplit {

    /** From this many distinct expected files on, questions are grouped by the paragraph that answers them. */
    static final int PARAGRAPH_SET_FILES = 50;
    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("-(?:ar|en)$");

    /** A part of a set; {@link #ALL} is the whole set. */
    public enum Part {
        TUNE, CHECK, ALL;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses {@code tune}, {@code check} or {@code all}. */
        public static Part parse(String label) throws EvalInputException {
            for (Part part : values()) {
                if (part.label().equals(label)) {
                    return part;
                }
            }
            throw new EvalInputException("split must be tune, check or all, got '" + label + "'");
        }
    }

    private final boolean byParagraph;

    private DevSplit(boolean byParagraph) {
        this.byParagraph = byParagraph;
    }

    /** The split of {@code set}: whether it is a paragraph set is decided on the whole set. */
    public static DevSplit of(QuestionSet set) {
        Set<String> files = new HashSet<>();
        set.questions().forEach(q -> files.addAll(q.expectedFiles()));
        return new DevSplit(files.size() >= PARAGRAPH_SET_FILES);
    }

    /** The group that decides the part of {@code q}. */
    public String group(EvalQuestion q) {
        if (q.group() != null) {
            return q.group();
        }
        if (byParagraph && !q.expectedFiles().isEmpty()) {
            return q.expectedFiles().get(0);
        }
        return LANGUAGE_SUFFIX.matcher(q.id()).replaceFirst("");
    }

    /** {@link Part#TUNE} or {@link Part#CHECK}. */
    public Part partOf(EvalQuestion q) {
        CRC32 crc = new CRC32();
        crc.update(group(q).getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0 ? Part.TUNE : Part.CHECK;
    }

    /** The questions of {@code part} (all of them for {@link Part#ALL}), in set order. */
    public List<EvalQuestion> select(QuestionSet set, Part part) {
        return set.questions().stream().filter(q -> part == Part.ALL || partOf(q) == part).toList();
    }
}
