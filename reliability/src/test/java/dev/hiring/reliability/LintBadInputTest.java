package dev.hiring.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hiring.cli.HiringCli;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringParseException;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.jdlint.Baseline;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.InputTooLargeException;
import dev.hiring.jdlint.JdReader;
import dev.hiring.jdlint.LintConfig;
import dev.hiring.jdlint.LintReport;
import dev.hiring.jdlint.Linter;
import dev.hiring.jdlint.document.JdDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue of hiring-jd-lint's public entry points ({@link Linter}, {@link JdReader},
 * {@link LintConfig#parse}, {@link Baseline#parse}) and of {@code hiring lint}.
 *
 * <p>Policy under test: text that decodes is lintable whatever it holds (empty, blank, control characters,
 * replacement characters, lone surrogates); text over the size limit is an {@link InputTooLargeException} that
 * names both numbers; configuration and baseline JSON errors are {@link HiringParseException}s with a line and
 * column. The CLI answers bytes that are not UTF-8 and files over its 16 MiB limit with exit 2 and one line.
 */
class LintBadInputTest {
    private static final Linter LINTER = Linter.builder().build();

    @TempDir
    static Path dir;

    static Stream<Arguments> lintableTexts() {
        byte[] binary = binary();
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("whitespace only", "  \n\t \r\n \u00a0\u2003\n"),
                Arguments.of("binary as Latin-1", new String(binary, StandardCharsets.ISO_8859_1)),
                Arguments.of("invalid UTF-8 decoded with replacement", new String(binary, StandardCharsets.UTF_8)),
                Arguments.of("NUL and control characters", "\0\0\u0001# Title\u0007\n\u001b[31m- item\0\n"),
                Arguments.of("lone surrogates", "# Role \ud800 engineer\n\n- \udc00 build \ud83d\n"),
                Arguments.of("only markup", "<<<>>>&&&;;;***___```\n~~~\n|||\n"),
                Arguments.of("CR line ends only", "# Title\r- one\r- two\rWe pay $100,000.\r"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lintableTexts")
    void oddButDecodableTextIsLintedInEveryFormat(String name, String text) {
        for (InputFormat format : InputFormat.values()) {
            LintReport report = LINTER.lint(text, format);

            assertThat(report.score()).as("%s as %s", name, format).isBetween(0, 100);
            report.findings().forEach(f -> {
                assertThat(f.span().end()).as("%s as %s: %s", name, format, f).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(f.span().start(), f.span().end())).isEqualTo(f.match());
            });
        }
    }

    @ParameterizedTest
    @EnumSource(InputFormat.class)
    void fiftyMegabytesIsASizeLimitErrorNamingBothNumbers(InputFormat format) {
        String big = "a".repeat(50 * 1024 * 1024);

        assertThatThrownBy(() -> LINTER.lint(big, format))
                .isInstanceOf(InputTooLargeException.class)
                .isInstanceOf(HiringException.class)
                .hasMessageContaining(String.valueOf(big.length()))
                .hasMessageContaining(String.valueOf(JdReader.DEFAULT_MAX_CHARS))
                .satisfies(e -> {
                    InputTooLargeException tooLarge = (InputTooLargeException) e;
                    assertThat(tooLarge.size()).isEqualTo(big.length());
                    assertThat(tooLarge.limit()).isEqualTo(JdReader.DEFAULT_MAX_CHARS);
                });
    }

    @Test
    void theLimitIsInclusiveAndConfigurable() {
        JdReader reader = JdReader.withMaxChars(10);
        JdDocument atLimit = reader.read("0123456789", InputFormat.TEXT);

        assertThat(atLimit).isNotNull();
        assertThatThrownBy(() -> reader.read("0123456789x", InputFormat.TEXT))
                .isInstanceOf(InputTooLargeException.class);
        assertThatThrownBy(() -> JdReader.withMaxChars(0)).isInstanceOf(InvalidHiringDataException.class);
        Linter small = Linter.builder().maxInputChars(100).build();
        assertThatThrownBy(() -> small.lint("x".repeat(101), InputFormat.MARKDOWN))
                .isInstanceOf(InputTooLargeException.class);
    }

    static Stream<Arguments> badJson() {
        return Stream.of(
                Arguments.of("empty", "", 0),
                Arguments.of("whitespace", "  \n ", 0),
                Arguments.of("unterminated object", "{\n  \"rules\": {\n", 3),
                Arguments.of("garbage on line 2", "{\n  x\n}", 2),
                Arguments.of("array", "[1, 2]", 0),
                Arguments.of("deep nesting", "{\"rules\":" + "[".repeat(5000) + "]".repeat(5000) + "}", 0),
                Arguments.of("huge number", "{\"maxInputChars\":" + "9".repeat(2000) + "}", 0));
    }

    @ParameterizedTest(name = "config: {0}")
    @MethodSource("badJson")
    void malformedConfigurationIsAParseErrorWithLine(String name, String json, int line) {
        assertThatThrownBy(() -> LintConfig.parse(json))
                .as(name)
                .isInstanceOf(HiringException.class)
                .satisfies(e -> {
                    if (line > 0) {
                        assertThat(e).isInstanceOf(HiringParseException.class);
                        assertThat(((HiringParseException) e).line()).isEqualTo(line);
                        assertThat(((HiringParseException) e).column()).isPositive();
                    }
                })
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("com.fasterxml", "Exception"));
    }

    @ParameterizedTest(name = "baseline: {0}")
    @MethodSource("badJson")
    void malformedBaselineIsAnSdkError(String name, String json, int line) {
        assertThatThrownBy(() -> Baseline.parse(json))
                .as(name)
                .isInstanceOf(HiringException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("com.fasterxml", "Exception"));
    }

    @Test
    void unknownRuleInTheConfigurationIsAnSdkError() {
        // refused when the configuration is read, with its path and the known rule ids
        assertThatThrownBy(() -> LintConfig.parse("{\"rules\": {\"no-such-rule\": \"off\"}}"))
                .isInstanceOf(HiringException.class)
                .hasMessageContaining("$.rules.no-such-rule")
                .hasMessageContaining("expected one of candidate-focus");
    }

    // ---- hiring lint ----

    static Stream<Arguments> cliBadInput() {
        byte[] fifty = new byte[50 * 1024 * 1024];
        Arrays.fill(fifty, (byte) 'a');
        return Stream.of(
                Arguments.of("binary.md", binary()),
                Arguments.of("invalid-utf8.md", new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'}),
                Arguments.of("truncated-utf8.txt", new byte[] {'o', 'k', (byte) 0xE2, (byte) 0x82}),
                Arguments.of("overlong-utf8.html", new byte[] {'<', 'p', '>', (byte) 0xC0, (byte) 0xAF}),
                Arguments.of("fifty-megabytes.md", fifty));
    }

    @ParameterizedTest(name = "hiring lint {0}")
    @MethodSource("cliBadInput")
    void cliRejectsUndecodableOrHugeFilesWithOneLine(String name, byte[] content) throws Exception {
        Path file = Files.write(dir.resolve(name), content);

        Cli.Result r = Cli.run("lint", file.toString());

        r.assertBadInput("lint");
    }

    @Test
    void cliRejectsAFileOverTheLinterLimitButUnderTheReadLimit() throws Exception {
        Path file = Files.writeString(dir.resolve("six-megabytes.md"), "b".repeat(6 * 1024 * 1024));

        Cli.Result r = Cli.run("lint", file.toString());

        r.assertBadInput("lint");
        assertThat(r.err()).contains(String.valueOf(JdReader.DEFAULT_MAX_CHARS));
    }

    @Test
    void cliRejectsMissingFilesAndBadConfigurationWithOneLine() throws Exception {
        Path posting = Files.writeString(dir.resolve("ok.md"), "# Backend engineer\n\nYou will build APIs.\n");
        Path badConfig = Files.writeString(dir.resolve("bad-config.json"), "{\n \"rules\": \n");

        Cli.run("lint", dir.resolve("missing.md").toString()).assertBadInput("lint");
        Cli.Result config = Cli.run("lint", "--config", badConfig.toString(), posting.toString());
        config.assertBadInput("lint");
        assertThat(config.err()).contains("line");
        Cli.run("lint", "--baseline", badConfig.toString(), posting.toString()).assertBadInput("lint");
    }

    @ParameterizedTest(name = "hiring lint: {0}")
    @MethodSource("lintableTexts")
    void cliLintsDecodableOddTextWithoutCrashing(String name, String text) throws Exception {
        assumeTrue(
                StandardCharsets.UTF_8.newEncoder().canEncode(text),
                "lone surrogates have no UTF-8 form; the Java API case covers them");
        Path file = Files.writeString(dir.resolve(name.replace(' ', '-') + ".md"), text, StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("lint", "--format", "json", file.toString());

        assertThat(r.code()).as("%s: %s", name, r.err()).isIn(HiringCli.OK, HiringCli.FINDINGS);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("{");
    }

    static byte[] binary() {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        return binary;
    }
}
