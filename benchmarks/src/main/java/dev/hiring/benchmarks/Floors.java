package dev.hiring.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Accuracy floors per rule: a TSV file with the header {@code rule	minAccuracy} and one row per rule id or
 * {@code list:} pseudo-rule, the floor a number from 0 to 1. A rule under its floor fails the evaluation's test.
 */
@org.jspecify.annotations.NullMarked
public final class Floors {
    /** The header line. */
    public static final String HEADER = "rule\tminAccuracy";

    private Floors() {}

    /**
     * Reads a floors file.
     *
     * @return floor by rule id, in file order
     * @throws LabelFileException naming the file, the line and the problem (header, column count, unknown rule id,
     *     a floor that is not a number from 0 to 1, duplicate rule)
     */
    public static Map<String, Double> read(Path file) {
        List<String> lines = Labels.readLines(file);
        if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
            throw new LabelFileException(file, 1, "the header must be 'rule<TAB>minAccuracy'");
        }
        Set<String> known = Labels.knownRules();
        Map<String, Double> floors = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            int row = i + 1;
            if (text.isEmpty()) {
                continue;
            }
            String[] c = text.split("\t", -1);
            if (c.length != 2) {
                throw new LabelFileException(file, row, "expected 2 tab-separated columns, found " + c.length);
            }
            String rule = c[0].strip();
            if (!known.contains(rule)) {
                throw new LabelFileException(file, row, "unknown rule id '" + rule + "'");
            }
            double floor;
            try {
                floor = Double.parseDouble(c[1].strip());
            } catch (NumberFormatException e) {
                floor = Double.NaN;
            }
            if (!(floor >= 0.0 && floor <= 1.0)) {
                throw new LabelFileException(file, row, "bad floor '" + c[1].strip() + "' (a number from 0 to 1)");
            }
            if (floors.putIfAbsent(rule, floor) != null) {
                throw new LabelFileException(file, row, "duplicate row for rule " + rule);
            }
        }
        return floors;
    }

    /**
     * The rules under their floors, one message each ({@code rule: accuracy 0.640 < floor 0.700}). A rule with a
     * positive floor but no non-arguable label is under its floor too; a floor of 0 never fails.
     */
    public static List<String> failures(Map<String, Double> floors, EvaluationReport report) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : floors.entrySet()) {
            double floor = e.getValue();
            if (floor <= 0.0) {
                continue;
            }
            OptionalDouble acc =
                    report.rule(e.getKey()).map(RuleScore::accuracy).orElse(OptionalDouble.empty());
            if (acc.isEmpty()) {
                out.add(String.format(Locale.ROOT, "%s: no non-arguable labels, floor %.3f", e.getKey(), floor));
            } else if (acc.getAsDouble() < floor) {
                out.add(String.format(
                        Locale.ROOT, "%s: accuracy %.3f < floor %.3f", e.getKey(), acc.getAsDouble(), floor));
            }
        }
        return out;
    }
}
