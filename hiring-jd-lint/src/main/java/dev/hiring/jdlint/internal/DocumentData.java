package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.JdDocument;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Data derived from a document that several rules and the linter share (word-list match indexes, facts read once
 * per document), kept beside the immutable document rather than in it: per document (by identity, held weakly, so
 * it goes with the document) and per key, computed once. A value must be a pure function of the document and must
 * not refer to the document.
 */
public final class DocumentData {
    private static final Map<JdDocument, Map<Object, Object>> DATA = Collections.synchronizedMap(new WeakHashMap<>());

    /** Keys with a slot below this number are also answered from the thread's slot array. */
    private static final int SLOTS = 128;

    private static final AtomicInteger NEXT_SLOT = new AtomicInteger();

    /**
     * Per thread, the document asked about last, its data (both held weakly) and the values of slotted keys: one
     * lint asks thousands of times about the same document, and this answers without the lock of the shared map
     * and without a field that every linting thread writes (which would bounce between cores when documents are
     * linted on several threads at once).
     */
    private static final ThreadLocal<@Nullable Last> LAST = new ThreadLocal<>();

    private static final class Last {
        private final WeakReference<JdDocument> doc;
        private final WeakReference<Map<Object, Object>> data;
        private final @Nullable Object[] slots = new Object[Math.min(SLOTS, NEXT_SLOT.get())];

        private Last(JdDocument doc, Map<Object, Object> data) {
            this.doc = new WeakReference<>(doc);
            this.data = new WeakReference<>(data);
        }
    }

    private DocumentData() {}

    /**
     * A slot number for a key that is asked about very often (a word list's match index), for {@link #get(JdDocument,
     * int, Object, Class, Function)}.
     */
    public static int newSlot() {
        return NEXT_SLOT.getAndIncrement();
    }

    private static Map<Object, Object> of(JdDocument doc) {
        Last last = LAST.get();
        if (last != null && last.doc.get() == doc) {
            Map<Object, Object> m = last.data.get();
            if (m != null) {
                return m;
            }
        }
        Map<Object, Object> m = DATA.computeIfAbsent(doc, d -> new ConcurrentHashMap<>(64));
        LAST.set(new Last(doc, m));
        return m;
    }

    /**
     * As {@link #get(JdDocument, Object, Class, Function)}, for a key with a slot from {@link #newSlot()}: repeated
     * questions about the thread's current document are answered from an array.
     */
    public static <T> T get(JdDocument doc, int slot, Object key, Class<T> type, Function<JdDocument, T> compute) {
        Last last = LAST.get();
        if (last != null && slot < last.slots.length && last.doc.get() == doc) {
            Object v = last.slots[slot];
            if (v != null) {
                return type.cast(v);
            }
        }
        T v = get(doc, key, type, compute);
        Last now = LAST.get();
        if (now != null && slot < now.slots.length && now.doc.get() == doc) {
            now.slots[slot] = v;
        }
        return v;
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
        LAST.remove();
    }
}
