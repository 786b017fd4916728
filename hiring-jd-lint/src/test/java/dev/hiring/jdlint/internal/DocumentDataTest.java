package dev.hiring.jdlint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.JdReader;
import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.BlockKind;
import dev.hiring.jdlint.document.JdDocument;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The data derived from a document's text goes with it to the finished document, computed once. */
class DocumentDataTest {
    private static JdDocument plain(String text) {
        int[] map = new int[text.length()];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
        }
        return JdDocument.of(text, text, map, map, List.of(new Block(BlockKind.PARAGRAPH, 0, text.length(), 0, -1)));
    }

    @Test
    void handedOverDataIsNotComputedAgain() {
        JdDocument from = plain("build the api");
        Object key = new Object();
        AtomicInteger computed = new AtomicInteger();
        assertThat(DocumentData.get(from, key, Integer.class, d -> computed.incrementAndGet()))
                .isEqualTo(1);
        JdDocument to = from.withStructure(from.blocks(), null, List.of());
        DocumentData.handOver(from, to);
        assertThat(DocumentData.get(to, key, Integer.class, d -> computed.incrementAndGet()))
                .isEqualTo(1);
        assertThat(computed).hasValue(1);
    }

    @Test
    void theItemKindsTheReaderFoundAreTheRulesToo() {
        JdDocument doc = JdReader.of()
                .read("# Engineer\n\n- Build the API\n- Review code\n- Own the deploys\n", InputFormat.MARKDOWN);
        Block item = doc.blocks().stream()
                .filter(b -> b.kind() == BlockKind.ITEM)
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        java.util.Map<Integer, ItemKinds.Kind> cache =
                DocumentData.get(doc, ItemKinds.CACHE, java.util.Map.class, d -> java.util.Map.of());
        assertThat(cache).containsEntry(item.start(), ItemKinds.Kind.DUTY);
    }
}
