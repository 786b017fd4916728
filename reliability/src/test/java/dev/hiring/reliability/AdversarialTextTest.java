package dev.hiring.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hiring.jdlint.Finding;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.LintReport;
import dev.hiring.jdlint.Linter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adversarial text: "rockstar", "ninja" and "work hard, play hard" hidden with zero-width characters, soft
 * hyphens, Cyrillic and Greek look-alikes, HTML entities, Markdown escapes and emphasis inside words are all still
 * found by {@code no-buzzwords}, and each finding's span covers exactly the original characters of the hidden
 * phrase: {@code text.substring(span)} is the obfuscated original from its first to its last letter (emphasis
 * delimiters around the word's ends lie outside), and the finding's {@code match} equals it.
 */
class AdversarialTextTest {
    private static final Linter LINTER = Linter.builder().build();

    static Stream<Arguments> markdown() {
        return Stream.of(
                Arguments.of("zero-width space", "rock\u200Bstar", "rock\u200Bstar"),
                Arguments.of("zero-width non-joiner and joiner", "ro\u200Cck\u200Dstar", "ro\u200Cck\u200Dstar"),
                Arguments.of("word joiner and BOM", "rock\u2060st\uFEFFar", "rock\u2060st\uFEFFar"),
                Arguments.of("soft hyphen", "rock\u00ADstar", "rock\u00ADstar"),
                Arguments.of("soft hyphens in ninja", "nin\u00ADja", "nin\u00ADja"),
                Arguments.of("Cyrillic o and a", "r\u043Eckst\u0430r", "r\u043Eckst\u0430r"),
                Arguments.of("Cyrillic capital", "R\u041E\u0421KST\u0410R", "R\u041E\u0421KST\u0410R"),
                Arguments.of("Greek omicron", "r\u03BFckstar", "r\u03BFckstar"),
                Arguments.of("Greek and Cyrillic mixed in ninja", "n\u0456nj\u03B1", "n\u0456nj\u03B1"),
                Arguments.of(
                        "fullwidth letters",
                        "\uFF52\uFF4F\uFF43\uFF4B\uFF53\uFF54\uFF41\uFF52",
                        "\uFF52\uFF4F\uFF43\uFF4B\uFF53\uFF54\uFF41\uFF52"),
                Arguments.of("decimal entity", "&#114;ockstar", "&#114;ockstar"),
                Arguments.of("hex entity", "nin&#x6A;a", "nin&#x6A;a"),
                Arguments.of("soft hyphen entity", "rock&shy;star", "rock&shy;star"),
                Arguments.of("zero-width entity", "rock&#8203;star", "rock&#8203;star"),
                Arguments.of("strong emphasis inside the word", "rock**star**", "rock**star"),
                Arguments.of("emphasis inside the word", "ro*ck*star", "ro*ck*star"),
                Arguments.of("strong emphasis at the start", "**ro**ckstar", "ro**ckstar"),
                Arguments.of("emphasis inside ninja", "n*in*ja", "n*in*ja"),
                Arguments.of("escaped comma", "work hard\\, play hard", "work hard\\, play hard"),
                Arguments.of("emphasised parts", "work **hard**, play *hard*", "work **hard**, play *hard"),
                Arguments.of("no-break space", "work\u00A0hard, play\u00A0hard", "work\u00A0hard, play\u00A0hard"),
                Arguments.of(
                        "typographic comma and line break", "work hard\uFF0C\nplay hard", "work hard\uFF0C\nplay hard"),
                Arguments.of(
                        "Cyrillic in the slogan",
                        "w\u043Erk h\u0430rd, pl\u0430y h\u0430rd",
                        "w\u043Erk h\u0430rd, pl\u0430y h\u0430rd"),
                Arguments.of("mixed case", "RockStar", "RockStar"));
    }

    @ParameterizedTest(name = "markdown: {0}")
    @MethodSource("markdown")
    void hiddenBuzzwordsInMarkdownAreFoundAtTheOriginalCharacters(String name, String hidden, String original) {
        String text = "# Backend engineer\n\nWe want a " + hidden + " to join the team.\n\n- Build APIs\n";

        assertFoundAt(text, InputFormat.MARKDOWN, original);
    }

    @ParameterizedTest(name = "text: {0}")
    @MethodSource("markdown")
    void hiddenBuzzwordsInPlainTextAreFoundAtTheOriginalCharacters(String name, String hidden, String original) {
        assumeTrue(
                !hidden.contains("*") && !hidden.contains("&") && !hidden.contains("\\"),
                "markup means nothing in plain text");
        String text = "Backend engineer\n\nWe want a " + hidden + " to join the team.\n";

        assertFoundAt(text, InputFormat.TEXT, hidden);
    }

    static Stream<Arguments> html() {
        return Stream.of(
                Arguments.of("tag inside the word", "rock<b>star</b>", "rock<b>star"),
                Arguments.of("span inside ninja", "nin<span>ja</span>", "nin<span>ja"),
                Arguments.of("entity", "r&#111;ckstar", "r&#111;ckstar"),
                Arguments.of(
                        "named entity for a space", "work&nbsp;hard, play&nbsp;hard", "work&nbsp;hard, play&nbsp;hard"),
                Arguments.of("soft hyphen entity", "nin&shy;ja", "nin&shy;ja"),
                Arguments.of("zero width in HTML", "rock\u200Bstar", "rock\u200Bstar"),
                Arguments.of("Greek in HTML", "r\u03BFckstar", "r\u03BFckstar"));
    }

    @ParameterizedTest(name = "html: {0}")
    @MethodSource("html")
    void hiddenBuzzwordsInHtmlAreFoundAtTheOriginalCharacters(String name, String html, String original) {
        String text = "<html><body><h1>Backend engineer</h1><p>We want a " + html + " to join.</p></body></html>";

        assertFoundAt(text, InputFormat.HTML, original);
    }

    private static void assertFoundAt(String text, InputFormat format, String original) {
        LintReport report = LINTER.lint(text, format);
        List<Finding> buzz = report.findings().stream()
                .filter(f -> f.ruleId().equals("no-buzzwords"))
                .toList();

        int start = text.indexOf(original);
        assertThat(start).isNotNegative();
        assertThat(buzz).as("no-buzzwords findings in %s", text).anySatisfy(f -> {
            assertThat(text.substring(f.span().start(), f.span().end())).isEqualTo(original);
            assertThat(f.span().start()).isEqualTo(start);
            assertThat(f.match()).isEqualTo(original);
        });
    }
}
