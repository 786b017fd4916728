package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.jackson.HiringJackson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    private static final String BAD = """
            # Rockstar Engineer

            We want a ninja. Salary: competitive.
            """;

    @TempDir
    Path dir;

    private static Path shared(String rel) {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.isDirectory(q.resolve(".ci"))) {
                p = q;
                break;
            }
        }
        Path f = p.resolve("../shared").resolve(rel).normalize();
        Assumptions.assumeTrue(Files.exists(f), "shared data not found at " + f);
        return f;
    }

    /** The example of hiring-jd-lint/README.md prints what the README shows. */
    @Test
    void readmeExamplePrintsWhatTheReadmeShows() throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (!Files.isDirectory(root.resolve(".ci"))) {
            root = java.util.Objects.requireNonNull(root.getParent(), "repository root");
        }
        String readme = Files.readString(root.resolve("hiring-jd-lint/README.md"));
        int example = readme.indexOf("`backend.md`:");
        int mdStart = readme.indexOf("```markdown\n", example) + "```markdown\n".length();
        String markdown = readme.substring(mdStart, readme.indexOf("```", mdStart));
        String marker = "`./hiring lint backend.md` prints";
        int outStart = readme.indexOf("```\n", readme.indexOf(marker, mdStart)) + "```\n".length();
        String shown = readme.substring(outStart, readme.indexOf("```", outStart));
        Path file = Files.writeString(dir.resolve("backend.md"), markdown);
        CliRun run = CliRun.of("lint", file.toString());
        assertThat(run.exitCode()).isEqualTo(HiringCli.FINDINGS);
        assertThat(run.out().replace(file.toString(), "backend.md")).isEqualTo(shown);
    }

    /**
     * The root README's first command lints the sample posting bundled in the repository and prints what the README
     * shows under it.
     */
    @Test
    void rootReadmeFirstCommandLintsTheBundledSample() throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (!Files.isDirectory(root.resolve(".ci"))) {
            root = java.util.Objects.requireNonNull(root.getParent(), "repository root");
        }
        String readme = Files.readString(root.resolve("README.md"));
        int commands = readme.indexOf("```\n") + "```\n".length();
        String first = readme.substring(commands, readme.indexOf('\n', commands));
        String command = first.substring(0, first.indexOf('#')).strip();
        assertThat(command).startsWith("./hiring lint ");
        String sample = command.substring("./hiring lint ".length());
        Path file = root.resolve(sample);
        assertThat(file).isRegularFile();
        String marker = "`" + command + "` prints";
        assertThat(readme).contains(marker);
        int outStart = readme.indexOf("```\n", readme.indexOf(marker)) + "```\n".length();
        String shown = readme.substring(outStart, readme.indexOf("```", outStart));

        CliRun run = CliRun.of("lint", file.toString());
        assertThat(run.exitCode()).isEqualTo(HiringCli.FINDINGS);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().replace(file.toString(), sample)).isEqualTo(shown);
    }

    @Test
    void goodFixturePassesAndBadFixtureFails() {
        CliRun good =
                CliRun.of("lint", shared("fixtures/jd/good-senior-backend.md").toString());
        assertThat(good.exitCode()).isEqualTo(HiringCli.OK);
        assertThat(good.out()).contains("0 errors, 0 warnings");

        CliRun bad =
                CliRun.of("lint", shared("fixtures/jd/bad-senior-backend.md").toString());
        assertThat(bad.exitCode()).isEqualTo(HiringCli.FINDINGS);
        assertThat(bad.out())
                .containsPattern("bad-senior-backend\\.md:1:1: error no-buzzwords \"Rockstar\" is a buzzword");
    }

    @Test
    void failOnControlsTheExitCode() throws Exception {
        Path good = shared("fixtures/jd/good-senior-backend.md");
        assertThat(CliRun.of("lint", "--fail-on", "suggestion", good.toString()).exitCode())
                .isEqualTo(HiringCli.FINDINGS);
        Path bad = Files.writeString(dir.resolve("bad.md"), BAD);
        assertThat(CliRun.of("lint", "--fail-on", "never", bad.toString()).exitCode())
                .isEqualTo(HiringCli.OK);
    }

    @Test
    void jsonOutputFollowsTheContract() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.md"), BAD);
        CliRun run = CliRun.of("lint", "--format", "json", bad.toString());
        assertThat(run.exitCode()).isEqualTo(HiringCli.FINDINGS);
        CliSchemas.assertValid("lint-report", run.out());
        JsonNode root = HiringJackson.mapper().readTree(run.out());
        assertThat(root.at("/tool/name").asText()).isEqualTo("hiring-jd-lint");
        assertThat(root.at("/files/0/path").asText()).endsWith("bad.md");
        assertThat(root.at("/files/0/findings/0/ruleId").asText()).isNotBlank();
        assertThat(root.at("/files/0/findings/0").has("suggestion")).isTrue();
        assertThat(root.at("/files/0/metrics/genderCoding/verdict").asText()).isNotBlank();
    }

    @Test
    void sarifOutputListsRulesAndResults() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.md"), BAD);
        CliRun run = CliRun.of("lint", "--format", "sarif", bad.toString());
        JsonNode root = HiringJackson.mapper().readTree(run.out());
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.at("/runs/0/tool/driver/rules").size()).isEqualTo(21);
        assertThat(root.at("/runs/0/results/0/partialFingerprints").size()).isEqualTo(1);
    }

    @Test
    void directoriesAreSearchedInSortedOrder() throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/z.md"), BAD);
        Files.writeString(dir.resolve("a.html"), "<h1>Engineer</h1><p>A ninja.</p>");
        Files.writeString(dir.resolve("notes.json"), "{}");
        CliRun run = CliRun.of("lint", "--fail-on", "never", dir.toString());
        assertThat(run.out()).contains("in 2 files");
        assertThat(run.out().indexOf("a.html")).isLessThan(run.out().indexOf("z.md"));
    }

    @Test
    void configAndBaseline() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.md"), BAD);
        Path cfg = Files.writeString(dir.resolve("cfg.json"), "{\"rules\": {\"no-buzzwords\": \"off\"}}");
        CliSchemas.assertValid("lint-config", Files.readString(cfg));
        CliRun run = CliRun.of("lint", "--config", cfg.toString(), bad.toString());
        assertThat(run.out()).doesNotContain("no-buzzwords");

        Path base = dir.resolve("baseline.json");
        assertThat(CliRun.of("lint", "--write-baseline", base.toString(), bad.toString())
                        .exitCode())
                .isZero();
        assertThat(base).exists();
        CliRun again = CliRun.of("lint", "--baseline", base.toString(), bad.toString());
        assertThat(again.exitCode()).isEqualTo(HiringCli.OK);
        assertThat(again.out()).contains("0 problems");
        Files.writeString(bad, BAD + "\nA guru.\n");
        CliRun changed = CliRun.of("lint", "--baseline", base.toString(), bad.toString());
        assertThat(changed.exitCode()).isEqualTo(HiringCli.FINDINGS);
        assertThat(changed.out()).contains("\"guru\"").doesNotContain("\"ninja\"");
    }

    @Test
    void readsStandardInput() {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream(BAD.getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("lint", "-");
            assertThat(run.exitCode()).isEqualTo(HiringCli.FINDINGS);
            assertThat(run.out()).contains("<stdin>:3:11: error no-buzzwords");
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void badInputAndUsageExitWithTwo() throws Exception {
        CliRun missing = CliRun.of("lint", dir.resolve("nope.md").toString());
        assertThat(missing.exitCode()).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(missing.err()).startsWith("hiring lint: ").contains("nope.md");
        Path cfg = Files.writeString(dir.resolve("cfg.json"), "{\"rules\": {\"length\": \"loud\"}}");
        Path bad = Files.writeString(dir.resolve("bad.md"), BAD);
        CliRun badCfg = CliRun.of("lint", "--config", cfg.toString(), bad.toString());
        assertThat(badCfg.exitCode()).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(badCfg.err()).contains("$.rules.length").hasLineCount(1);
        assertThat(CliSchemas.errors("lint-config", Files.readString(cfg)))
                .as("the schema refuses it too")
                .isNotEmpty();
        assertThat(CliRun.of("lint").exitCode()).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(CliRun.of("lint", "--format", "xml", bad.toString()).exitCode())
                .isEqualTo(HiringCli.BAD_INPUT);
    }

    /**
     * A directory of many files is linted on several threads, with the outcome of linting them one by one: the same
     * JSON as the files given one at a time, in the same order.
     */
    @Test
    void manyFilesGiveTheResultsOfLintingThemOneByOne() throws Exception {
        Path many = Files.createDirectory(dir.resolve("many"));
        for (int i = 0; i < 24; i++) {
            String body = i % 3 == 0
                    ? BAD
                    : "# Backend Engineer " + i + "\n\n## Responsibilities\n\n- Build services " + i
                            + ".\n\n## Requirements\n\n- " + (i % 7 + 2) + "+ years of Go.\n";
            Files.writeString(many.resolve(String.format("%02d-posting.md", i)), body);
        }
        CliRun all = CliRun.of("lint", "--format", "json", "--fail-on", "never", many.toString());
        assertThat(all.exitCode()).isEqualTo(HiringCli.OK);
        JsonNode files = dev.hiring.core.jackson.HiringJackson.mapper()
                .readTree(all.out())
                .get("files");
        assertThat(files).hasSize(24);
        for (int i = 0; i < 24; i++) {
            Path one = many.resolve(String.format("%02d-posting.md", i));
            CliRun single = CliRun.of("lint", "--format", "json", "--fail-on", "never", one.toString());
            JsonNode expected = dev.hiring.core.jackson.HiringJackson.mapper()
                    .readTree(single.out())
                    .get("files")
                    .get(0);
            assertThat(files.get(i)).as("file %d", i).isEqualTo(expected);
        }
    }

    /** When several files fail, the error is the one of the first failing file in input order, as when run alone. */
    @Test
    void theFirstFailingFileInOrderIsReported() throws Exception {
        Path many = Files.createDirectory(dir.resolve("failing"));
        for (int i = 0; i < 16; i++) {
            Files.writeString(many.resolve(String.format("%02d-posting.md", i)), BAD);
        }
        byte[] notUtf8 = {'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        Files.write(many.resolve("05-posting.md"), notUtf8);
        Files.write(many.resolve("11-posting.md"), notUtf8);
        CliRun run = CliRun.of("lint", many.toString());
        assertThat(run.exitCode()).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(run.err()).contains("05-posting.md").doesNotContain("11-posting.md");
        assertThat(run.out()).isEmpty();
    }
}
