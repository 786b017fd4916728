package dev.hiring.jdlint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.BlockKind;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionBasis;
import dev.hiring.jdlint.document.SectionKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The document's section-at-offset index answers as the definition (the containing section that starts last). */
class DocumentIndexTest {
    private static final int LENGTH = 40;

    /**
     * The definition: of the sections containing the offset, the one with the greatest start (the later on ties);
     * the section a mixed list gives its smaller kind ({@code SectionBasis.MIXED_LIST}) is reached through
     * {@code sections()}, never as the section at an offset.
     */
    private static Optional<Section> byDefinition(JdDocument doc, int offset) {
        @Nullable Section best = null;
        for (Section s : doc.sections()) {
            if (s.basis() != SectionBasis.MIXED_LIST
                    && s.contains(offset)
                    && (best == null || s.start() >= best.start())) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    private static JdDocument withSections(List<Integer> bounds) {
        String text = "x".repeat(LENGTH);
        int[] map = new int[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            map[i] = i;
        }
        JdDocument plain =
                JdDocument.of(text, text, map, map, List.of(new Block(BlockKind.PARAGRAPH, 0, LENGTH, 0, -1)));
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i += 2) {
            int a = Math.min(bounds.get(i), bounds.get(i + 1));
            int b = Math.max(bounds.get(i), bounds.get(i + 1));
            sections.add(new Section(SectionKind.OTHER, "s" + i, a, b, 1, false, List.of(), SectionBasis.HEADING));
        }
        return plain.withStructure(plain.blocks(), null, sections);
    }

    @Test
    void nestedAndOverlappingSectionsAnswerAsTheDefinition() {
        int[] inside = new int[2];
        qt().withExamples(400)
                .forAll(lists().of(integers().between(0, LENGTH)).ofSizeBetween(0, 24))
                .checkAssert(bounds -> {
                    JdDocument doc = withSections(bounds);
                    for (int off = -1; off <= LENGTH + 1; off++) {
                        Optional<Section> expected = byDefinition(doc, off);
                        assertThat(doc.sectionAt(off)).isEqualTo(expected);
                        inside[0] += expected.isPresent() ? 1 : 0;
                        inside[1]++;
                    }
                });
        // the examples reach both answers: an offset inside a section, and one outside every section
        assertThat(inside[0]).isGreaterThan(inside[1] / 4).isLessThan(inside[1]);
    }

    @Test
    void corpusPostingsAnswerAsTheDefinition() throws Exception {
        Path dir = SharedData.shared("corpus/jd");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        JdReader reader = JdReader.of();
        long offsets = 0;
        long nested = 0;
        for (Path p : files) {
            JdDocument doc = reader.read(Files.readString(p), InputFormat.MARKDOWN);
            for (int off = 0; off < doc.text().length(); off++) {
                Optional<Section> expected = byDefinition(doc, off);
                assertThat(doc.sectionAt(off))
                        .as("%s at %d", p.getFileName(), off)
                        .isEqualTo(expected);
                offsets++;
                int at = off;
                if (expected.isPresent()
                        && doc.sections().stream().filter(s -> s.contains(at)).count() > 1) {
                    nested++;
                }
            }
        }
        assertThat(offsets).isGreaterThan(10_000);
        // some offsets lie in nested sections (a lead-in or a list inside a heading's section)
        assertThat(nested).isPositive();
    }

    @Test
    void aStructureOutsideTheTextIsRefused() {
        JdDocument doc = withSections(List.of());
        Section outside = new Section(SectionKind.OTHER, "s", 0, LENGTH + 1, 1, false, List.of(), SectionBasis.HEADING);
        assertThatThrownBy(() -> doc.withStructure(doc.blocks(), null, List.of(outside)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the normalized text");
    }

    @Test
    void configuredOptionsArePlainUnmodifiableValues() {
        LintConfig cfg = LintConfig.parse("""
                {"rules": {"tech-laundry-list": {"options": {"maxTotal": 3, "name": "x", "on": true,
                  "ratio": 0.5, "list": [1, "a"], "nested": {"k": null}}}}}""");
        Map<String, Object> o = cfg.options("tech-laundry-list").orElseThrow();
        assertThat(o).containsEntry("maxTotal", 3).containsEntry("name", "x").containsEntry("on", true);
        assertThat(o.get("ratio")).isEqualTo(0.5);
        assertThat(o.get("list")).isEqualTo(List.of(1, "a"));
        assertThat(o.get("nested")).isEqualTo(java.util.Collections.singletonMap("k", null));
        assertThatThrownBy(() -> o.put("maxTotal", 4)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(cfg.options("length")).isEmpty();
    }
}
