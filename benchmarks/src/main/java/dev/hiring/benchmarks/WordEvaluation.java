package dev.hiring.benchmarks;

import dev.hiring.jdlint.Finding;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.LintReport;
import dev.hiring.jdlint.Linter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.NullMarked;

/**
 * Scores the word-level rules against word-level labels made by reading (format in {@code labels/README.md}):
 * per rule, findings against the {@code real}/{@code not}/{@code arguable} rows of each posting; for
 * gender-coded-language, the findings a reader would not agree with; and the phrase test set.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.hiring.benchmarks.WordEvaluation LABELS_DIR CORPUS_PARENT
 * </pre>
 *
 * <p>{@code LABELS_DIR} holds {@code words-jd.tsv} (postings of {@code CORPUS_PARENT/jd}, document labels in
 * {@code jd.tsv}), {@code words-jd-more.tsv} ({@code jd-more}, {@code jd-more.tsv}) and {@code phrases.tsv}; a missing
 * file is skipped, and without the corpus directory only the phrase set is scored. A finding matches a label row when file and rule agree, the finding's line is the row's line and
 * the finding's matched text shares a word with the row's phrase (case-insensitive). TP: findings matching a
 * {@code real} row; FP: findings matching no {@code real} or {@code arguable} row; FN: {@code real} rows no finding
 * matches. Only postings with at least one row for a rule are scored for it.
 */
@NullMarked
public final class WordEvaluation {
    /** The word-level rules. */
    public static final List<String> RULES =
            List.of("no-buzzwords", "exclusionary-language", "salary-history", "gender-coded-language");

    /** The gender rule, scored also by agreement with the posting's document label. */
    public static final String GENDER = "gender-coded-language";

    private static final String WORDS_HEADER = "file\trule\tphrase\tline\tverdict\treason";
    private static final String PHRASES_HEADER = "rule\texpect\ttext\tnote";
    private static final Set<String> VERDICTS = Set.of("real", "not", "arguable", "none");

    private final Linter linter;

    /** An evaluation with the default rules and the clock of {@link LintEvaluation#AS_OF}. */
    public WordEvaluation() {
        this(Linter.builder()
                .clock(Clock.fixed(LintEvaluation.AS_OF, ZoneOffset.UTC))
                .build());
    }

    /** An evaluation with another linter (tests). */
    public WordEvaluation(Linter linter) {
        this.linter = linter;
    }

    /** One word-level label row. */
    record Row(Path source, int lineNo, String file, String rule, String phrase, int line, String verdict) {}

    /** One phrase test row. */
    record PhraseRow(int lineNo, String rule, boolean fire, String text, String note) {}

    /**
     * Per-rule scores.
     *
     * @param rule the rule id
     * @param postings postings scored for the rule
     * @param tp findings matching a real row
     * @param fp findings matching no real or arguable row
     * @param realRows real rows
     * @param found real rows some finding matches
     * @param agreed gender: findings matching a real row in a posting labelled violates or arguable
     * @param disagreed gender: every other finding
     * @param phraseFire phrase set: fire rows
     * @param phraseFired phrase set: fire rows that fired
     * @param phraseQuiet phrase set: quiet rows
     * @param phraseFalse phrase set: quiet rows that fired
     */
    public record Score(
            String rule,
            int postings,
            int tp,
            int fp,
            int realRows,
            int found,
            int agreed,
            int disagreed,
            int phraseFire,
            int phraseFired,
            int phraseQuiet,
            int phraseFalse) {
        /** TP / (TP + FP), or NaN without findings. */
        public double precision() {
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        /** Real rows found / real rows, or NaN without real rows. */
        public double recall() {
            return realRows == 0 ? Double.NaN : (double) found / realRows;
        }

        /** Phrase-set recall, or NaN without fire rows. */
        public double phraseRecall() {
            return phraseFire == 0 ? Double.NaN : (double) phraseFired / phraseFire;
        }
    }

    /**
     * The report: scores per rule and the lines explaining every miss and false alarm.
     *
     * @param scores by rule id, in {@link #RULES} order
     * @param details one line per false positive, false negative, gender disagreement and phrase-set miss
     */
    public record Report(Map<String, Score> scores, List<String> details) {
        /** The table and the details as text. */
        public String toText() {
            StringBuilder b = new StringBuilder();
            b.append("| rule | postings | TP | FP | FN | precision | recall | gender agreed | gender disagreed |"
                    + " phrases fired | phrase recall | phrase false positives |\n");
            b.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (Score s : scores.values()) {
                boolean g = s.rule().equals(GENDER);
                b.append(String.format(
                        Locale.ROOT,
                        "| `%s` | %d | %d | %d | %d | %s | %s | %s | %s | %d/%d | %s | %d/%d |\n",
                        s.rule(),
                        s.postings(),
                        s.tp(),
                        s.fp(),
                        s.realRows() - s.found(),
                        pct(s.precision()),
                        pct(s.recall()),
                        g ? Integer.toString(s.agreed()) : "-",
                        g ? s.disagreed() + " (" + s.postings() + "/5 = " + s.postings() / 5 + ")" : "-",
                        s.phraseFired(),
                        s.phraseFire(),
                        pct(s.phraseRecall()),
                        s.phraseFalse(),
                        s.phraseQuiet()));
            }
            b.append("\ndetails: ").append(details.size()).append('\n');
            for (String d : details) {
                b.append(d).append('\n');
            }
            return b.toString();
        }

        private static String pct(double v) {
            return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
        }
    }

    /**
     * Scores the labels of a directory.
     *
     * @throws LabelFileException if a label file is malformed or names a missing posting
     */
    public Report evaluate(Path labelsDir, Path corpusParent) {
        List<Row> rows = new ArrayList<>();
        Map<String, String> genderDoc = new HashMap<>();
        for (String set : List.of("jd", "jd-more")) {
            Path words = labelsDir.resolve("words-" + set + ".tsv");
            if (Files.isRegularFile(words) && Files.isDirectory(corpusParent)) {
                rows.addAll(readWords(words));
            }
            Path doc = labelsDir.resolve(set + ".tsv");
            if (Files.isRegularFile(doc) && Files.isDirectory(corpusParent.resolve(set))) {
                for (Label l : Labels.read(doc, corpusParent.resolve(set))) {
                    if (l.rule().equals(GENDER)) {
                        genderDoc.put(l.file(), l.label());
                    }
                }
            }
        }
        Map<String, List<Row>> byFileRule = new LinkedHashMap<>();
        for (Row r : rows) {
            byFileRule
                    .computeIfAbsent(r.file() + "\u0000" + r.rule(), k -> new ArrayList<>())
                    .add(r);
        }
        Map<String, LintReport> reports = new HashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String rule : RULES) {
            counts.put(rule, new int[11]);
        }
        List<String> details = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : byFileRule.entrySet()) {
            List<Row> labelRows = e.getValue();
            Row any = labelRows.get(0);
            String rule = any.rule();
            int[] c = counts.get(rule);
            if (c == null) {
                continue;
            }
            LintReport report = reports.computeIfAbsent(any.file(), f -> lint(any, corpusParent));
            c[0]++;
            boolean[] realFound = new boolean[labelRows.size()];
            String docLabel = genderDoc.getOrDefault(any.file(), "");
            for (Finding f : report.findings()) {
                if (!f.ruleId().equals(rule)) {
                    continue;
                }
                boolean real = false;
                boolean arguable = false;
                for (int i = 0; i < labelRows.size(); i++) {
                    Row r = labelRows.get(i);
                    if (matches(f, r)) {
                        if (r.verdict().equals("real")) {
                            real = true;
                            realFound[i] = true;
                        } else if (r.verdict().equals("arguable")) {
                            arguable = true;
                        }
                    }
                }
                if (real) {
                    c[1]++;
                } else if (!arguable) {
                    c[2]++;
                    details.add("FP " + rule + " " + any.file() + ":" + f.line() + " \"" + f.match() + "\"");
                }
                if (rule.equals(GENDER)) {
                    if (real && (docLabel.equals(Labels.VIOLATES) || docLabel.equals(Labels.ARGUABLE))) {
                        c[5]++;
                    } else {
                        c[6]++;
                        details.add("GENDER-DISAGREED " + any.file() + ":" + f.line() + " \"" + f.match()
                                + "\" (document label " + (docLabel.isEmpty() ? "none" : docLabel)
                                + (real ? ", word real" : ", word not real") + ")");
                    }
                }
            }
            for (int i = 0; i < labelRows.size(); i++) {
                Row r = labelRows.get(i);
                if (r.verdict().equals("real")) {
                    c[3]++;
                    if (realFound[i]) {
                        c[4]++;
                    } else {
                        details.add("FN " + rule + " " + any.file() + ":" + r.line() + " \"" + r.phrase() + "\"");
                    }
                }
            }
        }
        Path phrases = labelsDir.resolve("phrases.tsv");
        if (Files.isRegularFile(phrases)) {
            for (PhraseRow p : readPhrases(phrases)) {
                int[] c = counts.get(p.rule());
                if (c == null) {
                    continue;
                }
                LintReport r = linter.lint(p.text(), InputFormat.MARKDOWN);
                boolean fired = r.findings().stream().anyMatch(f -> f.ruleId().equals(p.rule()));
                if (p.fire()) {
                    c[7]++;
                    if (fired) {
                        c[8]++;
                    } else {
                        details.add("PHRASE-MISSED " + p.rule() + " phrases.tsv:" + p.lineNo() + " (" + p.note() + ")");
                    }
                } else {
                    c[9]++;
                    if (fired) {
                        c[10]++;
                        details.add("PHRASE-FALSE " + p.rule() + " phrases.tsv:" + p.lineNo() + " (" + p.note() + ")");
                    }
                }
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            scores.put(
                    e.getKey(),
                    new Score(e.getKey(), c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10]));
        }
        return new Report(scores, List.copyOf(details));
    }

    /** Whether a finding matches a label row: same line, and its text shares a word with the row's phrase. */
    static boolean matches(Finding f, Row r) {
        if (r.line() <= 0 || f.line() != r.line()) {
            return false;
        }
        Set<String> a = words(f.match());
        for (String w : words(r.phrase())) {
            if (a.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case words (runs of letters and digits) of a text. */
    static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        StringBuilder w = new StringBuilder();
        String t = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= t.length(); i++) {
            char ch = i < t.length() ? t.charAt(i) : ' ';
            if (Character.isLetterOrDigit(ch)) {
                w.append(ch);
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        return out;
    }

    private LintReport lint(Row r, Path corpusParent) {
        Path p = corpusParent.resolve(r.file());
        try {
            return linter.lint(Files.readString(p, StandardCharsets.UTF_8), LintEvaluation.formatOf(p));
        } catch (IOException e) {
            throw new LabelFileException(
                    r.source(),
                    r.lineNo(),
                    "cannot read corpus file " + p + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Reads a word-level label file.
     *
     * @throws LabelFileException naming the file, the line and the problem (header, columns, rule, verdict, line)
     */
    static List<Row> readWords(Path file) {
        List<String> lines = Labels.readLines(file);
        if (lines.isEmpty() || !lines.get(0).equals(WORDS_HEADER)) {
            throw new LabelFileException(file, 1, "the header must be '" + WORDS_HEADER.replace("\t", "<TAB>") + "'");
        }
        List<Row> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            String[] c = text.split("\t", -1);
            if (c.length < 5) {
                throw new LabelFileException(file, i + 1, "expected 6 tab-separated columns, found " + c.length);
            }
            String rule = c[1].strip();
            String verdict = c[4].strip();
            if (!RULES.contains(rule)) {
                throw new LabelFileException(file, i + 1, "unknown rule '" + rule + "' (one of " + RULES + ")");
            }
            if (!VERDICTS.contains(verdict)) {
                throw new LabelFileException(file, i + 1, "verdict must be real, not, arguable or none");
            }
            int line = -1;
            if (!verdict.equals("none")) {
                try {
                    line = Integer.parseInt(c[3].strip());
                } catch (NumberFormatException e) {
                    throw new LabelFileException(file, i + 1, "line must be a number on a " + verdict + " row");
                }
            }
            out.add(new Row(file, i + 1, c[0].strip(), rule, c[2].strip(), line, verdict));
        }
        return out;
    }

    /**
     * Reads the phrase test set.
     *
     * @throws LabelFileException naming the file, the line and the problem (header, columns, rule, expect)
     */
    static List<PhraseRow> readPhrases(Path file) {
        List<String> lines = Labels.readLines(file);
        if (lines.isEmpty() || !lines.get(0).equals(PHRASES_HEADER)) {
            throw new LabelFileException(file, 1, "the header must be '" + PHRASES_HEADER.replace("\t", "<TAB>") + "'");
        }
        List<PhraseRow> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            String[] c = text.split("\t", -1);
            if (c.length < 3) {
                throw new LabelFileException(file, i + 1, "expected 4 tab-separated columns, found " + c.length);
            }
            String expect = c[1].strip();
            if (!expect.equals("fire") && !expect.equals("quiet")) {
                throw new LabelFileException(file, i + 1, "expect must be fire or quiet");
            }
            out.add(new PhraseRow(i + 1, c[0].strip(), expect.equals("fire"), c[2], c.length > 3 ? c[3] : ""));
        }
        return out;
    }

    /**
     * Runs the command.
     *
     * @return {@link LintEvaluation#EXIT_OK} or {@link LintEvaluation#EXIT_BAD_INPUT}
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 2) {
            err.print("usage: java -cp benchmarks.jar dev.hiring.benchmarks.WordEvaluation LABELS_DIR CORPUS_PARENT\n");
            return LintEvaluation.EXIT_BAD_INPUT;
        }
        Report r;
        try {
            r = new WordEvaluation().evaluate(Path.of(args.get(0)), Path.of(args.get(1)));
        } catch (LabelFileException e) {
            err.println("error: " + e.getMessage());
            return LintEvaluation.EXIT_BAD_INPUT;
        }
        out.print(r.toText());
        out.flush();
        return LintEvaluation.EXIT_OK;
    }

    /** The command line entry point. */
    public static void main(String[] args) {
        int code = run(List.of(args), System.out, System.err);
        System.out.flush();
        System.exit(code);
    }
}
