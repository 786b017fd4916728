package dev.hiring.jdlint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.hiring.jdlint.rules.BuiltInRules;
import dev.hiring.jdlint.spi.JdRule;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class LintProperties {
    private static final Linter LINTER = Linter.builder().build();
    private static final List<String> BUZZWORDS =
            List.of("Rockstar", "ninja", "guru", "self-starter", "wear many hats", "hit the ground running");
    private static final String MESSY = """
            Rockstar Full-Stack Ninja Wanted!

            We're a fast-paced startup. Salary: competitive, DOE. The ideal candidate will:
            - Have 10+ years of experience with Java, Kotlin, Scala, Rust, Python, Ruby, PHP, React, Vue, Redis
            - Own the backend and be a self-starter
            - Be a native English speaker and a culture fit

            Perks: unlimited PTO, free lunch, beer on tap, ping pong, nap pods. Remote, San Francisco.
            """;

    private static Gen<String> unicode() {
        return strings().allPossible().ofLengthBetween(0, 400);
    }

    private static Gen<String> markdownish() {
        List<String> pieces = List.of(
                "# ", "## ", "- ", "* ", "1. ", "**", "*", "_", "`", "<!-- ", " -->", "<b>", "</b>", "&amp;", "&#", ";",
                "\n", "\n\n", ":", "rock", "star", "\u200B", "\u043E", "$", "€", "85,000", " - ", "years", "10+",
                "remote", "Salary:", "[a](b)", "> ", "```", "|", "\\", "&", "<", ">");
        return strings()
                .basicLatinAlphabet()
                .ofLengthBetween(0, 20)
                .zip(arbitrary().pick(pieces), (a, b) -> a + b)
                .toOptionals(0)
                .map(o -> o.orElse(""))
                .zip(integers().between(1, 40), (s, n) -> s.repeat(n % 7 + 1))
                .zip(unicode(), (a, b) -> a + b);
    }

    private static void spansInside(String text, InputFormat fmt) {
        LintReport r = LINTER.lint(text, fmt);
        for (Finding f : r.findings()) {
            assertThat(f.span().start()).isBetween(0, text.length());
            assertThat(f.span().end()).isBetween(f.span().start(), text.length());
            assertThat(f.span().line()).isPositive();
            assertThat(f.span().column()).isPositive();
            assertThat(f.match())
                    .isEqualTo(text.substring(f.span().start(), f.span().end()));
        }
        assertThat(r.score()).isBetween(0, 100);
    }

    @Test
    void neverThrowsAndSpansLieInsideTheText() {
        qt().withExamples(300).forAll(unicode()).checkAssert(s -> {
            for (InputFormat fmt : InputFormat.values()) {
                spansInside(s, fmt);
            }
        });
        qt().withExamples(300).forAll(markdownish()).checkAssert(s -> {
            for (InputFormat fmt : InputFormat.values()) {
                spansInside(s, fmt);
            }
        });
    }

    @Test
    void insertingABuzzwordAddsANoBuzzwordsFinding() {
        qt().withExamples(150)
                .forAll(
                        JdLintGens.roles(),
                        integers().between(0, 1000),
                        arbitrary().pick(BUZZWORDS))
                .checkAssert((role, at, buzz) -> {
                    String clean = JobDescriptionWriter.toMarkdown(role);
                    List<Integer> lineStarts = new ArrayList<>();
                    for (int i = 1; i < clean.length(); i++) {
                        if (clean.charAt(i - 1) == '\n') {
                            lineStarts.add(i);
                        }
                    }
                    int pos = lineStarts.get(at % lineStarts.size());
                    String dirty = clean.substring(0, pos) + "\nWe want a " + buzz + ".\n\n" + clean.substring(pos);
                    long before = count(clean, "no-buzzwords");
                    long after = count(dirty, "no-buzzwords");
                    assertThat(after)
                            .as("%s inserted at %d:%n%s", buzz, pos, dirty)
                            .isGreaterThan(before);
                });
    }

    private static long count(String text, String rule) {
        return LINTER.lint(text, InputFormat.MARKDOWN).findings().stream()
                .filter(f -> f.ruleId().equals(rule))
                .count();
    }

    private record Key(String ruleId, String messageId, String match) {}

    private static List<Key> keys(LintReport r) {
        return r.findings().stream()
                .map(f -> new Key(f.ruleId(), f.messageId(), f.match()))
                .toList();
    }

    @Test
    void suppressionRemovesExactlyTheNamedRulesFindings() {
        Gen<String> texts = JdLintGens.roles()
                .map(JobDescriptionWriter::toMarkdown)
                .zip(arbitrary().pick(List.of("", MESSY)), (a, b) -> b + "\n" + a);
        qt().withExamples(100)
                .forAll(texts, arbitrary().pick(BuiltInRules.all()))
                .checkAssert((text, rule) -> {
                    String id = rule.meta().id();
                    LintReport plain = LINTER.lint(text, InputFormat.MARKDOWN);
                    LintReport off =
                            LINTER.lint("<!-- hiring-lint-disable " + id + " -->\n" + text, InputFormat.MARKDOWN);
                    List<Key> expected = keys(plain).stream()
                            .filter(k -> !k.ruleId().equals(id))
                            .toList();
                    assertThat(keys(off)).isEqualTo(expected);
                    assertThat(off.suppressed()).allMatch(f -> f.ruleId().equals(id));
                    assertThat(off.suppressed()).hasSize((int) keys(plain).stream()
                            .filter(k -> k.ruleId().equals(id))
                            .count());
                });
    }

    @Test
    void outputIsDeterministicAcrossRunsAndThreads() throws Exception {
        String text = MESSY + "\n" + JobDescriptionWriter.toMarkdown(JdLintGens.exampleRole());
        String json = dev.hiring.jdlint.format.JsonFormat.format(
                List.of(new FileResult("a.md", LINTER.lint(text, InputFormat.MARKDOWN))));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> dev.hiring.jdlint.format.JsonFormat.format(
                        List.of(new FileResult("a.md", LINTER.lint(text, InputFormat.MARKDOWN))))));
            }
            for (Future<String> f : futures) {
                assertThat(f.get()).isEqualTo(json);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Different postings linted on several threads at once each get their own findings: the per-document data kept
     * beside documents (word-list indexes, item kinds) is never taken from another thread's document.
     */
    @Test
    void differentPostingsOnManyThreadsGiveTheirOwnFindings() throws Exception {
        List<String> texts = new ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(SharedData.shared("corpus/jd"))) {
            for (java.nio.file.Path p :
                    s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                texts.add(java.nio.file.Files.readString(p));
            }
        }
        assertThat(texts).hasSizeGreaterThan(40);
        List<String> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(dev.hiring.jdlint.format.JsonFormat.format(
                    List.of(new FileResult("a.md", LINTER.lint(t, InputFormat.MARKDOWN)))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String t : texts) {
                    futures.add(pool.submit(() -> dev.hiring.jdlint.format.JsonFormat.format(
                            List.of(new FileResult("a.md", LINTER.lint(t, InputFormat.MARKDOWN))))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get())
                        .as("posting %d", i % texts.size())
                        .isEqualTo(expected.get(i % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void findingsAreSorted() {
        LintReport r = LINTER.lint(MESSY, InputFormat.MARKDOWN);
        List<Integer> starts = r.findings().stream().map(f -> f.span().start()).toList();
        assertThat(starts).isSorted();
        for (JdRule rule : BuiltInRules.all()) {
            assertThat(rule.meta().id()).isNotBlank();
        }
    }
}
