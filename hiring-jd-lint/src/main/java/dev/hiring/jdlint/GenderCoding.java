package dev.hiring.jdlint;

import dev.hiring.jdlint.internal.GenderCoder;
import java.util.List;

/**
 * The gender coding of a document after Gaucher, Friesen and Kay (2011): the coded words found (whole tokens,
 * technical phrases excluded) and a verdict from feminine minus masculine count: 0 neutral (empty when no coded
 * word), 1 to 3 feminine-coded, above 3 strongly feminine-coded, and symmetrically for masculine.
 *
 * @param verdict one of {@code strongly masculine-coded}, {@code masculine-coded}, {@code neutral},
 *     {@code feminine-coded}, {@code strongly feminine-coded}, {@code empty}
 * @param masculineWords the masculine-coded words found, lower case, sorted, distinct
 * @param feminineWords the feminine-coded words found, lower case, sorted, distinct
 * @param masculineCount occurrences of masculine-coded words
 * @param feminineCount occurrences of feminine-coded words
 */
public record GenderCoding(
        String verdict,
        List<String> masculineWords,
        List<String> feminineWords,
        int masculineCount,
        int feminineCount) {
    /** Copies the lists. */
    public GenderCoding {
        masculineWords = List.copyOf(masculineWords);
        feminineWords = List.copyOf(feminineWords);
    }

    /** The verdict for the given counts. */
    public static String verdict(int masculine, int feminine) {
        return GenderCoder.verdict(masculine, feminine);
    }
}
