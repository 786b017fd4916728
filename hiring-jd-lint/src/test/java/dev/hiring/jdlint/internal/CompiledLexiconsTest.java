package dev.hiring.jdlint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The compiled word lists the build writes are exactly the JSON sources compiled now. */
class CompiledLexiconsTest {
    private static final List<CompiledLexicons.CompiledList> FROM_JSON =
            CompiledLexicons.compile(LexiconSources.read());

    @Test
    void theResourceEqualsTheJsonSourcesCompiled() {
        List<CompiledLexicons.CompiledList> resource = CompiledLexicons.readResource();
        assertThat(resource)
                .as("the build writes %s (exec-maven-plugin, process-classes)", CompiledLexicons.RESOURCE)
                .isNotNull();
        assertSame(Objects.requireNonNull(resource), FROM_JSON);
    }

    @Test
    void everyBuiltInListComesFromTheResourceWithItsEntries() {
        Map<String, ?> sources = LexiconSources.read();
        assertThat(Lexicons.names()).containsExactlyInAnyOrderElementsOf(sources.keySet());
        assertThat(Lexicons.names()).hasSizeGreaterThan(50);
        for (CompiledLexicons.CompiledList l : FROM_JSON) {
            assertThat(Lexicons.get(l.name()).entries()).as(l.name()).isEqualTo(l.entries());
        }
    }

    @Test
    void writingAndReadingGivesTheSameLists() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledLexicons.write(FROM_JSON, out);
        List<CompiledLexicons.CompiledList> back = CompiledLexicons.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back).isNotNull();
        assertSame(Objects.requireNonNull(back), FROM_JSON);
    }

    @Test
    void damagedDataIsRefusedNotMisread() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledLexicons.write(FROM_JSON, out);
        byte[] ok = out.toByteArray();
        byte[] otherVersion = ok.clone();
        otherVersion[7]++;
        assertThat(CompiledLexicons.read(new ByteArrayInputStream(otherVersion)))
                .isNull();
        byte[] longer = Arrays.copyOf(ok, ok.length + 1);
        assertThat(CompiledLexicons.read(new ByteArrayInputStream(longer))).isNull();
        byte[] truncated = Arrays.copyOf(ok, ok.length / 2);
        assertThatThrownBy(() -> CompiledLexicons.read(new ByteArrayInputStream(truncated)))
                .isInstanceOf(IOException.class);
    }

    /** Same names in order, same entries, and per entry the same word sequences and contexts. */
    private static void assertSame(
            List<CompiledLexicons.CompiledList> actual, List<CompiledLexicons.CompiledList> expected) {
        assertThat(names(actual)).isEqualTo(names(expected));
        int variants = 0;
        int contexts = 0;
        for (int l = 0; l < expected.size(); l++) {
            CompiledLexicons.CompiledList a = actual.get(l);
            CompiledLexicons.CompiledList e = expected.get(l);
            assertThat(a.entries()).as(e.name()).isEqualTo(e.entries());
            assertThat(a.compiled()).as(e.name()).hasSameSizeAs(e.compiled());
            for (int i = 0; i < e.compiled().size(); i++) {
                String where = e.name() + " entry " + (i + 1);
                variants += assertSameVariants(
                        where,
                        a.compiled().get(i).variants(),
                        e.compiled().get(i).variants());
                List<LexiconPatterns.Variant> ag = a.compiled().get(i).guards();
                List<LexiconPatterns.Variant> eg = e.compiled().get(i).guards();
                assertThat(ag == null).as(where + " has notIf").isEqualTo(eg == null);
                if (ag != null && eg != null) {
                    contexts += assertSameVariants(where + " notIf", ag, eg);
                }
            }
        }
        // the comparison covered the lists' patterns and contexts, not only literal phrases
        assertThat(variants).isGreaterThan(5000);
        assertThat(contexts).isGreaterThan(100);
    }

    private static int assertSameVariants(
            String where, List<LexiconPatterns.Variant> actual, List<LexiconPatterns.Variant> expected) {
        assertThat(actual).as(where).hasSameSizeAs(expected);
        for (int v = 0; v < expected.size(); v++) {
            assertThat(actual.get(v).words())
                    .as(where)
                    .containsExactly(expected.get(v).words());
            @Nullable String[] gaps = actual.get(v).gaps();
            assertThat(gaps).as(where).containsExactly(expected.get(v).gaps());
        }
        return expected.size();
    }

    private static List<String> names(List<CompiledLexicons.CompiledList> lists) {
        List<String> out = new ArrayList<>();
        for (CompiledLexicons.CompiledList l : lists) {
            out.add(l.name());
        }
        return out;
    }
}
