package dev.hiring.benchmarks;

import dev.hiring.jdlint.rules.BuiltInRules;
import dev.hiring.jdlint.spi.JdRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads label files strictly. A label file is UTF-8 TSV (no quoting) with the header
 * {@code file	rule	label	line	reason} and exactly five tab-separated fields per row; {@code line} may be empty.
 * {@code file} is resolved against the parent of the corpus directory, so {@code jd/001-x.md} with the corpus
 * directory {@code ../shared/corpus/jd} is {@code ../shared/corpus/jd/001-x.md}. Blank lines are allowed only at the
 * end of the file.
 */
@org.jspecify.annotations.NullMarked
public final class Labels {
    /** The header line. */
    public static final String HEADER = "file\trule\tlabel\tline\treason";
    /** The rule is broken. */
    public static final String VIOLATES = "violates";
    /** The rule is kept. */
    public static final String OK = "ok";
    /** A judgement call, left out of every score. */
    public static final String ARGUABLE = "arguable";
    /** The list is there. */
    public static final String PRESENT = "present";
    /** The list is not there. */
    public static final String ABSENT = "absent";
    /** The pseudo-rule: a responsibilities list with at least one item. */
    public static final String LIST_RESPONSIBILITIES = "list:responsibilities";
    /** The pseudo-rule: a requirements list with at least one item. */
    public static final String LIST_REQUIREMENTS = "list:requirements";
    /** The {@code list:} pseudo-rules. */
    public static final List<String> LIST_RULES = List.of(LIST_RESPONSIBILITIES, LIST_REQUIREMENTS);

    private static final List<String> RULE_LABELS = List.of(VIOLATES, OK, ARGUABLE);
    private static final List<String> LIST_LABELS = List.of(PRESENT, ABSENT);
    private static final int COLUMNS = 5;

    private Labels() {}

    /** The ids a label file may name: every built-in rule id, then the {@code list:} pseudo-rules. */
    public static Set<String> knownRules() {
        Set<String> ids = new LinkedHashSet<>();
        for (JdRule r : BuiltInRules.all()) {
            ids.add(r.meta().id());
        }
        ids.addAll(LIST_RULES);
        return ids;
    }

    /** Whether the id is a {@code list:} pseudo-rule. */
    public static boolean isListRule(String rule) {
        return LIST_RULES.contains(rule);
    }

    /**
     * Reads one label file.
     *
     * @param labels the label file
     * @param corpusDir the corpus directory its {@code file} column belongs to
     * @return the rows, in file order
     * @throws LabelFileException naming the file, the line and the problem: unreadable file, wrong header, wrong
     *     column count, unknown rule id, bad label, bad line number, duplicate row or missing posting
     */
    public static List<Label> read(Path labels, Path corpusDir) {
        return read(List.of(new Source(labels, corpusDir)));
    }

    /**
     * Reads several label files; a posting and rule may appear only once across all of them.
     *
     * @throws LabelFileException as {@link #read(Path, Path)}
     */
    public static List<Label> read(List<Source> sources) {
        Set<String> known = knownRules();
        Map<String, Label> seen = new HashMap<>();
        List<Label> out = new ArrayList<>();
        for (Source s : sources) {
            if (!Files.isDirectory(s.corpusDir())) {
                throw new LabelFileException(s.labels(), 0, "corpus directory not found: " + s.corpusDir());
            }
            Path base = s.corpusDir().toAbsolutePath().normalize().getParent();
            if (base == null) {
                throw new LabelFileException(s.labels(), 0, "corpus directory has no parent: " + s.corpusDir());
            }
            List<String> lines = readLines(s.labels());
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                throw new LabelFileException(
                        s.labels(),
                        1,
                        "the header must be '" + HEADER.replace("\t", "<TAB>") + "', was '"
                                + (lines.isEmpty() ? "" : lines.get(0).replace("\t", "<TAB>")) + "'");
            }
            int last = lines.size();
            while (last > 1 && lines.get(last - 1).isBlank()) {
                last--;
            }
            for (int i = 1; i < last; i++) {
                Label l = parseRow(s.labels(), i + 1, lines.get(i), base, known);
                String key = l.path() + "\u0000" + l.rule();
                Label first = seen.putIfAbsent(key, l);
                if (first != null) {
                    throw new LabelFileException(
                            s.labels(),
                            l.row(),
                            "duplicate row for " + l.file() + " and rule " + l.rule() + " (first at " + first.source()
                                    + ":" + first.row() + ")");
                }
                out.add(l);
            }
        }
        return out;
    }

    private static Label parseRow(Path labels, int row, String text, Path base, Set<String> known) {
        if (text.isBlank()) {
            throw new LabelFileException(labels, row, "empty row (blank lines are allowed only at the end)");
        }
        String[] c = text.split("\t", -1);
        if (c.length != COLUMNS) {
            throw new LabelFileException(
                    labels, row, "expected " + COLUMNS + " tab-separated columns, found " + c.length);
        }
        String file = c[0].strip();
        String rule = c[1].strip();
        String label = c[2].strip();
        String lineText = c[3].strip();
        if (file.isEmpty()) {
            throw new LabelFileException(labels, row, "empty file column");
        }
        if (!known.contains(rule)) {
            throw new LabelFileException(labels, row, "unknown rule id '" + rule + "'");
        }
        List<String> allowed = isListRule(rule) ? LIST_LABELS : RULE_LABELS;
        if (!allowed.contains(label)) {
            throw new LabelFileException(
                    labels,
                    row,
                    "bad label '" + label + "' for rule " + rule + " (expected one of " + String.join(", ", allowed)
                            + ")");
        }
        int line = 0;
        if (!lineText.isEmpty()) {
            line = parseLine(labels, row, lineText);
        }
        Path path;
        try {
            path = base.resolve(file).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new LabelFileException(labels, row, "bad file path '" + file + "'");
        }
        if (!Files.isRegularFile(path)) {
            throw new LabelFileException(labels, row, "corpus file not found: " + path);
        }
        return new Label(labels, row, file, path, rule, label, line, c[4].strip());
    }

    private static int parseLine(Path labels, int row, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw new LabelFileException(
                        labels, row, "bad line number '" + text + "' (a positive integer or empty)");
            }
        }
        try {
            int n = Integer.parseInt(text);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // too large: reported below
        }
        throw new LabelFileException(labels, row, "bad line number '" + text + "' (a positive integer or empty)");
    }

    /**
     * The lines of a UTF-8 text file ({@link Files#readAllLines} ends a line at LF, CR or CRLF).
     *
     * @throws LabelFileException naming the file when it is missing or not UTF-8 text
     */
    static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new LabelFileException(file, 0, "file not found");
        } catch (IOException e) {
            throw new LabelFileException(
                    file,
                    0,
                    "cannot read the file as UTF-8 text (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * A label file and the corpus directory its {@code file} column refers to.
     *
     * @param labels the label file
     * @param corpusDir the corpus directory; {@code file} is resolved against its parent
     */
    public record Source(Path labels, Path corpusDir) {}
}
