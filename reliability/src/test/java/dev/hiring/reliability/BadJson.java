package dev.hiring.reliability;

import java.util.List;

/** The JSON entries of the bad-input catalogue, shared by every JSON entry point. */
final class BadJson {
    /** A marker planted in values; no error message may quote it. */
    static final String PLANTED = "PLANTED-MARKER-7f3a";

    /**
     * One entry.
     *
     * @param name what is wrong
     * @param json the text
     * @param syntaxLine the line a syntax error must name, or 0 when the entry is not a syntax error
     */
    record Entry(String name, String json, int syntaxLine) {
        @Override
        public String toString() {
            return name;
        }
    }

    private BadJson() {}

    /** Entries every JSON reader must reject with the SDK's exception. */
    static List<Entry> catalogue() {
        return List.of(
                new Entry("empty", "", 0),
                new Entry("whitespace only", " \n\t\r\n ", 0),
                new Entry("binary", new String(LintBadInputTest.binary(), java.nio.charset.StandardCharsets.UTF_8), 0),
                new Entry("NUL bytes", "\0\0\0{", 0),
                new Entry("unterminated object", "{\n\n\n", 4),
                new Entry("garbage on line 3", "{\n\n  " + PLANTED + "\n}", 3),
                new Entry("single quotes", "{\n'a': 1}", 2),
                new Entry("trailing garbage", "{}\n{}", 0),
                new Entry("number at root", "42", 0),
                new Entry("string at root", "\"" + PLANTED + "\"", 0),
                new Entry("deep nesting", "[".repeat(10_000) + "]".repeat(10_000), 0),
                new Entry("deep object nesting", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), 0),
                new Entry("huge number", "{\"a\": " + "9".repeat(5_000) + "}", 0),
                new Entry("huge string", "{\"a\": \"" + "x".repeat(HUGE) + "\"}", 0));
    }

    /** Longer than the core's 10,000,000-character string limit. */
    static final int HUGE = 10_000_001;
}
