package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.JdDocument;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Data derived from a document that several rules and the linter share (word-list match indexes, facts read once
 * per document), kept beside the immutable document rather than in it: per document (by identity, held weakly, so
 * it goes with the document) and per key, computed once. A value must be a pure function of the document and must
 * not refer to the document.
 */
public final class DocumentData {
    private static final Map<JdDocument, Map<Object, Object>> DATA = Collections.synchronizedMap(new WeakHashMap<>());

    private DocumentData() {}

    private static Map<Object, Object> of(JdDocument doc) {
        return DATA.computeIfAbsent(doc, d -> new ConcurrentHashMap<>(64));
    }

    /** The value of a key for a document, computed on first use. */
    public static <T> T get(JdDocument doc, Object key, Class<T> type, Function<JdDocument, T> compute) {
        Map<Object, Object> m = of(doc);
        Object v = m.get(key);
        if (v == null) {
            v = compute.apply(doc);
            Object prev = m.putIfAbsent(key, v);
            if (prev != null) {
                v = prev;
            }
        }
        return type.cast(v);
    }

    /** Stores a value unless the key already has one. */
    public static void put(JdDocument doc, Object key, Object value) {
        of(doc).putIfAbsent(key, value);
    }

    /**
     * Gives {@code to} all the data of {@code from}, which is then no longer to be used: for a document made from
     * another with the same text and tokens (only its structure differs) while the data of the first is derived from
     * its text and words alone (word-list match indexes, item kinds), as it is while a reader assembles a document.
     */
    public static void handOver(JdDocument from, JdDocument to) {
        Map<Object, Object> data = of(from);
        DATA.put(to, data);
        DATA.remove(from);
    }
}
