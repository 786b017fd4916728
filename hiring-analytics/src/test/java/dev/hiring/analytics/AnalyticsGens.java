package dev.hiring.analytics;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.hiring.analytics.agreement.RatingTable;
import dev.hiring.analytics.impact.GroupCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/** QuickTheories generators for the analytics module's inputs. */
public final class AnalyticsGens {
    private AnalyticsGens() {}

    /**
     * Ratings as codes: units × raters, each a category 0..categories−1 or −1 for missing, with the requested share
     * of missing cells (never below two ratings in the first unit, so the table is pairable).
     */
    // A generated table, never compared or hashed: the array component's identity equals does not matter.
    @SuppressWarnings("ArrayRecordComponent")
    public record Codes(int[][] cells, int categories) {
        /** The number of units. */
        public int units() {
            return cells.length;
        }

        /** The number of raters. */
        public int raters() {
            return cells[0].length;
        }

        /** The table with each code written as {@code labels[code]}. */
        public RatingTable table(String[] labels) {
            List<String> raters = new ArrayList<>();
            for (int r = 0; r < raters(); r++) {
                raters.add("r" + r);
            }
            List<List<String>> rows = new ArrayList<>();
            for (int[] row : cells) {
                List<String> l = new ArrayList<>();
                for (int c : row) {
                    l.add(c < 0 ? "" : labels[c]);
                }
                rows.add(l);
            }
            return RatingTable.of(raters, rows);
        }

        /** The table with codes written as the numbers 1..categories. */
        public RatingTable table() {
            String[] labels = new String[categories];
            for (int i = 0; i < categories; i++) {
                labels[i] = Integer.toString(i + 1);
            }
            return table(labels);
        }

        /** This table with the raters (columns) in the order {@code perm}. */
        public Codes permuteRaters(int[] perm) {
            int[][] out = new int[cells.length][];
            for (int u = 0; u < cells.length; u++) {
                out[u] = new int[perm.length];
                for (int r = 0; r < perm.length; r++) {
                    out[u][r] = cells[u][perm[r]];
                }
            }
            return new Codes(out, categories);
        }
    }

    /** Random rating codes, complete or with missing cells. */
    public static Gen<Codes> codes(boolean missing) {
        return integers()
                .between(2, 40)
                .zip(integers().between(2, 6), integers().between(2, 5), longs().all(), (units, raters, cats, seed) -> {
                    Random rnd = new Random(seed);
                    int[][] cells = new int[units][raters];
                    for (int u = 0; u < units; u++) {
                        for (int r = 0; r < raters; r++) {
                            cells[u][r] = missing && u > 0 && rnd.nextInt(5) == 0 ? -1 : rnd.nextInt(cats);
                        }
                    }
                    // At least two distinct values, so the statistics are defined.
                    cells[0][0] = 0;
                    cells[0][1] = 1;
                    return new Codes(cells, cats);
                });
    }

    /** Perfect agreement: every rater gives each unit the same category; at least two categories are used. */
    public static Gen<Codes> perfect() {
        return codes(false).map(c -> {
            int[][] cells = new int[c.units()][c.raters()];
            for (int u = 0; u < cells.length; u++) {
                java.util.Arrays.fill(cells[u], u == 0 ? 0 : u == 1 ? 1 : c.cells()[u][0]);
            }
            return new Codes(cells, c.categories());
        });
    }

    /** A permutation of 0..n−1 from a seed. */
    public static int[] permutation(int n, long seed) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(i);
        }
        java.util.Collections.shuffle(l, new Random(seed));
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Between 1 and 8 groups with 1..500 applicants and any number selected. */
    public static Gen<List<GroupCounts>> groups() {
        return integers().between(1, 8).zip(longs().all(), (n, seed) -> {
            Random rnd = new Random(seed);
            List<GroupCounts> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long applicants = 1L + rnd.nextInt(rnd.nextBoolean() ? 10 : 500);
                long selected = rnd.nextInt((int) applicants + 1);
                out.add(new GroupCounts("g" + i, applicants, selected));
            }
            return out;
        });
    }
}
