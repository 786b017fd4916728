package dev.hiring.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hiring.core.HiringException;
import dev.hiring.jdlint.Baseline;
import dev.hiring.jdlint.Finding;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.JdReader;
import dev.hiring.jdlint.LintConfig;
import dev.hiring.jdlint.LintReport;
import dev.hiring.jdlint.Linter;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Span;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz tests of hiring-jd-lint: the Markdown, HTML and plain-text readers and every rule, and the configuration
 * and baseline parsers. Whatever the text, the linter returns a report whose findings lie inside the text and
 * quote it exactly ({@code match} equals the text at the span); parsers return a value or throw the SDK's
 * {@link HiringException}. In {@code mvn verify} Jazzer replays the regression corpus in
 * {@code src/test/resources/dev/hiring/reliability/LintFuzzTestInputs/}.
 */
class LintFuzzTest {
    private static final Linter LINTER = Linter.builder().build();
    private static final JdReader READER = JdReader.of();

    @FuzzTest(maxDuration = "10s")
    void readersAndLinter(byte[] input) {
        @SuppressWarnings("EnumOrdinal") // a fuzz byte picks a format; which byte picks which does not matter
        InputFormat format = InputFormat.values()[Math.floorMod(FuzzBytes.first(input), InputFormat.values().length)];
        String text = FuzzBytes.rest(input);
        JdDocument doc = READER.read(text, format);
        if (!doc.original().equals(text)) {
            throw new AssertionError("the document does not keep the original text");
        }
        LintReport report = LINTER.lint(doc);
        check(report, text);
        if (report.score() < 0 || report.score() > 100) {
            throw new AssertionError("score out of range: " + report.score());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void configurationAndBaseline(byte[] input) {
        String json = new String(input, StandardCharsets.UTF_8);
        try {
            LintConfig config = LintConfig.parse(json);
            Linter.builder().config(config).build().lint("# Title\n\nA rockstar ninja.\n", InputFormat.MARKDOWN);
        } catch (HiringException expected) {
            // documented
        }
        try {
            Baseline.parse(json).toJson();
        } catch (HiringException expected) {
            // documented
        }
    }

    private static void check(LintReport report, String text) {
        for (Finding f : report.findings()) {
            Span s = f.span();
            if (s.end() > text.length()) {
                throw new AssertionError("span past the end: " + s + " in " + text.length() + " characters");
            }
            if (!text.substring(s.start(), s.end()).equals(f.match())) {
                throw new AssertionError("match is not the text at the span: " + f);
            }
        }
    }
}
