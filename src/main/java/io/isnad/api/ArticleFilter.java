package io.isnad.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import io.isnad.index.ArticleStatus;
import io.isnad.ingest.arabic.ArabicTextNormalizer;

/**
 * The query of {@code GET /api/articles}, validated: a page ({@code offset}, {@code limit}) of the
 * files whose headline or file name contains {@code q} and whose date lies in {@code [from, to]}.
 */
record ArticleFilter(int offset, int limit, Optional<String> q, Optional<LocalDate> from, Optional<LocalDate> to) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    /** Parses the raw query parameters; a bad one is a 400 naming the parameter. */
    static ArticleFilter of(String offset, String limit, String q, String from, String to) {
        int first = number("offset", offset, 0);
        int size = number("limit", limit, DEFAULT_LIMIT);
        if (first < 0) {
            throw ApiException.of(ErrorCode.INVALID_REQUEST, "offset must be 0 or more, got " + first + ".");
        }
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.of(ErrorCode.INVALID_REQUEST,
                    "limit must be between 1 and " + MAX_LIMIT + ", got " + size + ".");
        }
        Optional<LocalDate> since = date("from", from);
        Optional<LocalDate> until = date("to", to);
        if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
            throw ApiException.of(ErrorCode.INVALID_REQUEST, "from must not be after to.");
        }
        Optional<String> words = Optional.ofNullable(q).map(ArticleFilter::folded).filter(s -> !s.isEmpty());
        return new ArticleFilter(first, size, words, since, until);
    }

    private static int number(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.of(ErrorCode.INVALID_REQUEST, name + " must be a whole number, got '" + value + "'.");
        }
    }

    private static Optional<LocalDate> date(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw ApiException.of(ErrorCode.INVALID_REQUEST,
                    name + " must be a date written YYYY-MM-DD, got '" + value + "'.");
        }
    }

    /** Matching ignores case, diacritics and the spelling variants the search folds too. */
    private static String folded(String text) {
        return ArabicTextNormalizer.normalize(text).toLowerCase(Locale.ROOT).strip();
    }

    /** The page of {@code statuses} that match, with the counts of the whole folder. */
    ArticleList page(List<ArticleStatus> statuses) {
        List<ArticleStatus> matching = from.isEmpty() && to.isEmpty() && q.isEmpty() ? statuses
                : statuses.stream().filter(matcher()).toList();
        int indexed = (int) statuses.stream().filter(s -> ArticleStatus.INDEXED.equals(s.status())).count();
        int start = Math.min(offset, matching.size());
        List<ArticleStatus> page = matching.subList(start, Math.min(matching.size(), start + limit));
        return new ArticleList(statuses.size(), indexed, statuses.size() - indexed, matching.size(), offset, limit,
                List.copyOf(page));
    }

    private Predicate<ArticleStatus> matcher() {
        return s -> {
            if (q.isPresent() && !folded(s.title()).contains(q.get()) && !folded(s.file()).contains(q.get())) {
                return false;
            }
            if (from.isEmpty() && to.isEmpty()) {
                return true;
            }
            // A date filter keeps only articles that state a date inside it.
            return s.date().filter(d -> from.map(f -> !d.isBefore(f)).orElse(true)
                    && to.map(t -> !d.isAfter(t)).orElse(true)).isPresent();
        };
    }
}
