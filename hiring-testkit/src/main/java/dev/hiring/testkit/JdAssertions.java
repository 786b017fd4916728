package dev.hiring.testkit;

import dev.hiring.jdlint.InputFormat;

/**
 * AssertJ entry points for job descriptions: lint a text and assert on its findings.
 *
 * <pre>{@code
 * import static dev.hiring.testkit.JdAssertions.assertThatJd;
 *
 * assertThatJd(posting).hasNoFindingsAtOrAbove(Severity.WARNING);
 * assertThatJd(draft).hasFinding("compensation-band").atLine(1);
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class JdAssertions {
    private JdAssertions() {}

    /** Assertions on a Markdown job description, linted with the default rules. */
    public static JdAssert assertThatJd(String text) {
        return new JdAssert(text, InputFormat.MARKDOWN);
    }

    /** Assertions on a job description in the given format, linted with the default rules. */
    public static JdAssert assertThatJd(String text, InputFormat format) {
        return new JdAssert(text, format);
    }
}
