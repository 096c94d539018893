package io.isnad.ingest.arabic;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How Arabic place names are built: the nouns that open a place name of two words, a construct
 * (خان السبل، دير الزور، رأس العين، تل أبيض، جسر الشغور، بيت لحم، كفر نبل، أبو ظبي، عين العرب، معرة
 * النعمان، ريف دمشق), folded. After such a noun the name goes on: "بلدة خان" is no answer.
 */
public final class ArabicPlaceNames {

    public static final Set<String> CONSTRUCT_HEADS = Stream.of("خان", "دير", "رأس", "عين", "تل", "جسر", "بيت", "كفر",
                    "أبو", "بئر", "جبل", "وادي", "سوق", "باب", "مرج", "معرة", "ريف", "شرم", "قصر", "حمام", "سهل", "جزيرة")
            .map(ArabicTextNormalizer::normalize)
            .collect(Collectors.toUnmodifiableSet());

    private ArabicPlaceNames() {
    }

    /** The heads as a regular-expression alternation over folded text. */
    public static String headAlternation() {
        return String.join("|", CONSTRUCT_HEADS);
    }
}
