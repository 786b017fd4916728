package dev.hiring.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.cli.HiringCli;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue for the CLI commands that read JSON: every entry gets exit code 2 and exactly one line on
 * standard error, never a stack trace, and nothing on standard output. Messages may name JSON field names (the
 * structure) but never quote values, so a marker planted in a value never shows.
 */
class CliBadInputTest {
    private static final String PLANTED = "PLANTED-MARKER-7f3a";

    @TempDir
    static Path dir;

    static Stream<Arguments> catalogue() {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        return Stream.of(
                Arguments.of("empty", new byte[0]),
                Arguments.of("whitespace only", "  \n\t \n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("binary", binary),
                Arguments.of("invalid UTF-8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}),
                Arguments.of("malformed JSON", "{\n \"stages\": [\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("JSON array", "[1, 2]".getBytes(StandardCharsets.UTF_8)),
                Arguments.of(
                        "unknown field",
                        "{\"stages\":[{\"kind\":\"LOOP\"}],\"colour\":1}".getBytes(StandardCharsets.UTF_8)),
                Arguments.of(
                        "unknown enum value",
                        ("{\"stages\":[{\"kind\":\"" + PLANTED + "\"}]}").getBytes(StandardCharsets.UTF_8)),
                Arguments.of(
                        "deep nesting",
                        ("{\"stages\":" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8)),
                Arguments.of(
                        "huge number",
                        ("{\"stages\":[{\"kind\":\"LOOP\",\"interviewCount\":" + "9".repeat(500) + "}]}")
                                .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("duplicate key", "{\"stages\":[],\"stages\":[]}".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("null where a list belongs", "{\"stages\":null}".getBytes(StandardCharsets.UTF_8)),
                Arguments.of(
                        "planted free text in an invalid value",
                        ("{\"stages\":[{\"kind\":\"LOOP\",\"name\":\"" + PLANTED + "\",\"interviewCount\":0}]}")
                                .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("50 MB posting", fiftyMegabytes()));
    }

    @ParameterizedTest(name = "process check: {0}")
    @MethodSource("catalogue")
    void processCheck(String name, byte[] content) throws Exception {
        assertBadInput(name, content, "process", "check");
    }

    @ParameterizedTest(name = "sourcing query: {0}")
    @MethodSource("catalogue")
    void sourcingQuery(String name, byte[] content) throws Exception {
        assertBadInput(name, content, "sourcing", "query");
    }

    private static void assertBadInput(String name, byte[] content, String... command) throws Exception {
        Path file = Files.write(dir.resolve(name.replace(' ', '-') + ".json"), content);
        String[] args = Arrays.copyOf(command, command.length + 1);
        args[command.length] = file.toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = HiringCli.execute(out, err, args);

        assertThat(code).as("exit code for %s", name).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).as("stderr for %s: %s", name, err).hasSize(1);
        assertThat(err.toString())
                .startsWith("hiring " + String.join(" ", command) + ": ")
                .doesNotContain("Exception", "\tat ", PLANTED);
    }

    private static byte[] fiftyMegabytes() {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        return big;
    }
}
