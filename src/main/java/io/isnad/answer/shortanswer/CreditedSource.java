package io.isnad.answer.shortanswer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.isnad.ingest.arabic.ArabicProclitics;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The name a story's credit lines give its source, the short answer of a question asking where the story comes
 * from ({@link io.isnad.answer.question.SourceQuestion}). News closes a story on its credit: the name after the
 * source label ("المصدر: “تايمز أوف إسرائيل” + RT", "المصدر: الجديد برس"), an agency after its noun in a by-line
 * ("نغوك آنه (بحسب وكالة فرانس برس)"), a web address, whose site is the source (congluan.vn), or a line that is
 * the site's name alone ("سيريانيوز"). A question asking an agency gets the agency's name, one asking a web site
 * the address's site, where the lines give one; any other the first line's name.
 */
public final class CreditedSource {

    /** The label of a source line, then the name, in quotes or not, up to a "+" that adds another source. */
    private static final Pattern SOURCE_LABEL = Pattern.compile(
            "^\\s*المصدر\\s*:\\s*[\"«“]?([^\"»”+\\[]*[^\"»”+\\[\\s])");
    /** A web address, its site's name without "www.". */
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://(?:www\\.)?([^/\\s]+)");
    /** A line that is one to three words and nothing else: a site's name closing its story. */
    private static final Pattern NAME_LINE = Pattern.compile("^\\s*((?:\\p{L}{2,}\\s?){1,3})$");
    private static final Set<String> ENGLISH_AGENCY = Set.of("agency", "agencies");
    private static final Set<String> ENGLISH_SITE = Set.of("site", "sites", "website", "websites");
    private static final String AGENCY = ArabicTextNormalizer.normalize("وكالة");
    private static final String SITE = ArabicTextNormalizer.normalize("موقع");

    /**
     * The source's name in one of the lines.
     *
     * @param line the index in the lines of the line that names it
     * @param span the name, offsets relative to that line
     */
    public record Credit(int line, Span span) {
    }

    private CreditedSource() {
    }

    /**
     * The source's name the credit lines give, for a question of these folded, lower-cased words; empty when no
     * line gives one.
     */
    public static Optional<Credit> find(List<String> lines, List<String> questionWords) {
        if (questionWords.stream().anyMatch(w -> ENGLISH_AGENCY.contains(w) || asks(w, AGENCY))) {
            Optional<Credit> agency = first(lines, CreditedSource::agency);
            if (agency.isPresent()) {
                return agency;
            }
        }
        if (questionWords.stream().anyMatch(w -> ENGLISH_SITE.contains(w) || asks(w, SITE))) {
            Optional<Credit> site = first(lines, (folded, f) -> group(WEB_ADDRESS.matcher(f), folded, f));
            if (site.isPresent()) {
                return site;
            }
        }
        return first(lines, CreditedSource::name);
    }

    /** Whether a folded word is {@code noun}, with the article or a glued proclitic (الوكالة، بالموقع). */
    private static boolean asks(String word, String noun) {
        return ArabicProclitics.withoutArticle(ArabicProclitics.withoutConjunctionAndPreposition(word)).equals(noun)
                || ArabicProclitics.withoutArticle(word).equals(noun);
    }

    private static Optional<Credit> first(List<String> lines,
            BiFunction<ArabicTextNormalizer.Folded, String, Optional<Span>> reader) {
        for (int i = 0; i < lines.size(); i++) {
            ArabicTextNormalizer.Folded folded = ArabicTextNormalizer.foldWithOffsets(lines.get(i));
            Optional<Span> span = reader.apply(folded, folded.text());
            if (span.isPresent()) {
                return Optional.of(new Credit(i, span.get()));
            }
        }
        return Optional.empty();
    }

    /** A line's source: after the label (a web address's site there), else an agency, else the line alone. */
    private static Optional<Span> name(ArabicTextNormalizer.Folded folded, String f) {
        Matcher label = SOURCE_LABEL.matcher(f);
        if (label.find()) {
            Matcher address = WEB_ADDRESS.matcher(f).region(label.start(1), label.end(1));
            return Optional.of(address.lookingAt() ? span(folded, f, address, 1) : span(folded, f, label, 1));
        }
        Optional<Span> agency = agency(folded, f);
        return agency.isPresent() ? agency : group(NAME_LINE.matcher(f), folded, f);
    }

    private static Optional<Span> agency(ArabicTextNormalizer.Folded folded, String f) {
        return OutletNames.in(folded).stream().findFirst();
    }

    private static Optional<Span> group(Matcher m, ArabicTextNormalizer.Folded folded, String f) {
        return m.find() ? Optional.of(span(folded, f, m, 1)) : Optional.empty();
    }

    private static Span span(ArabicTextNormalizer.Folded folded, String f, Matcher m, int group) {
        return new Span(folded.start(m.start(group)), folded.end(m.end(group)), f.substring(m.start(group),
                m.end(group)));
    }
}
