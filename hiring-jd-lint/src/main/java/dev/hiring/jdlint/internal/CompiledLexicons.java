package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.spi.LexiconEntry;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The built-in word lists compiled when the SDK is built: every entry of the JSON sources ({@link LexiconSources})
 * with the word sequences its pattern and its {@code notIf} contexts expand to, in one binary resource
 * ({@value #RESOURCE}). Reading it costs a fraction of reading the JSON and expanding the patterns again, which is
 * most of a short command's start-up. The JSON stays the source of truth: the build writes this resource from it
 * ({@link #main}) and a test checks that both give the same lists.
 *
 * <p>Format (big-endian {@code int}s and single-byte flags): the magic number and version, the table of distinct
 * strings (each its length in bytes and its UTF-8), then per list its name and entries, every string as an index into the table. Per entry:
 * text, pattern flag, {@code notIf} patterns, attributes (key, value), its word sequences and, when it has
 * {@code notIf} patterns, theirs. Per word sequence: its words and, per word, the punctuation required before it or
 * -1.
 */
final class CompiledLexicons {
    /** The resource path of the compiled lists. */
    static final String RESOURCE = "/dev/hiring/jdlint/lexicon/compiled-lexicons.bin";

    private static final int MAGIC = 0x484C5831; // "HLX1"
    private static final int VERSION = 1;

    private CompiledLexicons() {}

    /** One compiled list: its entries and, per entry, its compiled form. */
    record CompiledList(String name, List<LexiconEntry> entries, List<PhraseLexicon.Compiled> compiled) {}

    /**
     * Writes the compiled built-in lists to the file named by the first argument (its directories are created);
     * run by the build after compiling this module.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompiledLexicons OUTPUT-FILE");
        }
        Path out = Path.of(args[0]);
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            write(compile(LexiconSources.read()), o);
        }
    }

    /** Compiles every entry of these lists. */
    static List<CompiledList> compile(Map<String, List<LexiconEntry>> lists) {
        List<CompiledList> out = new ArrayList<>();
        for (Map.Entry<String, List<LexiconEntry>> l : lists.entrySet()) {
            List<PhraseLexicon.Compiled> c = new ArrayList<>();
            for (int i = 0; i < l.getValue().size(); i++) {
                c.add(PhraseLexicon.compile(l.getKey(), i, l.getValue().get(i)));
            }
            out.add(new CompiledList(l.getKey(), List.copyOf(l.getValue()), c));
        }
        return out;
    }

    /** Writes compiled lists in the format above. */
    static void write(List<CompiledList> lists, OutputStream out) throws IOException {
        Map<String, Integer> table = new LinkedHashMap<>();
        for (CompiledList l : lists) {
            intern(table, l.name());
            for (int i = 0; i < l.entries().size(); i++) {
                LexiconEntry e = l.entries().get(i);
                intern(table, e.text());
                e.notIf().forEach(n -> intern(table, n));
                e.attributes().forEach((k, v) -> {
                    intern(table, k);
                    intern(table, v);
                });
                PhraseLexicon.Compiled c = l.compiled().get(i);
                internAll(table, c.variants());
                List<LexiconPatterns.Variant> g = c.guards();
                if (g != null) {
                    internAll(table, g);
                }
            }
        }
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out));
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeInt(table.size());
        for (String s : table.keySet()) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            d.writeInt(b.length);
            d.write(b);
        }
        d.writeInt(lists.size());
        for (CompiledList l : lists) {
            d.writeInt(index(table, l.name()));
            d.writeInt(l.entries().size());
            for (int i = 0; i < l.entries().size(); i++) {
                LexiconEntry e = l.entries().get(i);
                d.writeInt(index(table, e.text()));
                d.writeBoolean(e.pattern());
                d.writeInt(e.notIf().size());
                for (String n : e.notIf()) {
                    d.writeInt(index(table, n));
                }
                d.writeInt(e.attributes().size());
                for (Map.Entry<String, String> a : e.attributes().entrySet()) {
                    d.writeInt(index(table, a.getKey()));
                    d.writeInt(index(table, a.getValue()));
                }
                PhraseLexicon.Compiled c = l.compiled().get(i);
                writeVariants(d, table, c.variants());
                List<LexiconPatterns.Variant> g = c.guards();
                d.writeBoolean(g != null);
                if (g != null) {
                    writeVariants(d, table, g);
                }
            }
        }
        d.flush();
    }

    /**
     * Reads the compiled lists from the resource, or returns {@code null} when it is missing (sources compiled
     * without the build, as in some IDEs) or not in this version's format.
     */
    static @Nullable List<CompiledList> readResource() {
        try (InputStream in = CompiledLexicons.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Reads compiled lists; {@code null} when the data is not in this version's format or has bytes left over.
     *
     * @throws IOException if the data cannot be read or ends early
     */
    static @Nullable List<CompiledList> read(InputStream in) throws IOException {
        ByteBuffer d = ByteBuffer.wrap(in.readAllBytes());
        try {
            if (d.getInt() != MAGIC || d.getInt() != VERSION) {
                return null;
            }
            String[] table = new String[d.getInt()];
            for (int i = 0; i < table.length; i++) {
                int n = d.getInt();
                table[i] = new String(d.array(), d.position(), n, StandardCharsets.UTF_8);
                d.position(d.position() + n);
            }
            int lists = d.getInt();
            List<CompiledList> out = new ArrayList<>(lists);
            for (int l = 0; l < lists; l++) {
                String name = table[d.getInt()];
                int n = d.getInt();
                List<LexiconEntry> entries = new ArrayList<>(n);
                List<PhraseLexicon.Compiled> compiled = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    String text = table[d.getInt()];
                    boolean pattern = d.get() != 0;
                    int guards = d.getInt();
                    List<String> notIf = new ArrayList<>(guards);
                    for (int k = 0; k < guards; k++) {
                        notIf.add(table[d.getInt()]);
                    }
                    int attrs = d.getInt();
                    Map<String, String> a = attrs == 0 ? Map.of() : new HashMap<>();
                    for (int k = 0; k < attrs; k++) {
                        a.put(table[d.getInt()], table[d.getInt()]);
                    }
                    entries.add(new LexiconEntry(text, pattern, notIf, a));
                    List<LexiconPatterns.Variant> variants = readVariants(d, table);
                    List<LexiconPatterns.Variant> contexts = d.get() != 0 ? readVariants(d, table) : null;
                    compiled.add(new PhraseLexicon.Compiled(variants, contexts));
                }
                out.add(new CompiledList(name, entries, compiled));
            }
            return d.hasRemaining() ? null : out;
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IOException("truncated or damaged compiled word lists", e);
        }
    }

    private static int index(Map<String, Integer> table, String s) {
        Integer i = table.get(s);
        if (i == null) {
            throw new IllegalStateException("string not in the table");
        }
        return i;
    }

    private static void intern(Map<String, Integer> table, String s) {
        table.putIfAbsent(s, table.size());
    }

    private static void internAll(Map<String, Integer> table, List<LexiconPatterns.Variant> variants) {
        for (LexiconPatterns.Variant v : variants) {
            for (String w : v.words()) {
                intern(table, w);
            }
            for (String g : v.gaps()) {
                if (g != null) {
                    intern(table, g);
                }
            }
        }
    }

    private static void writeVariants(
            DataOutputStream d, Map<String, Integer> table, List<LexiconPatterns.Variant> variants) throws IOException {
        d.writeInt(variants.size());
        for (LexiconPatterns.Variant v : variants) {
            d.writeInt(v.words().length);
            for (String w : v.words()) {
                d.writeInt(index(table, w));
            }
            for (String g : v.gaps()) {
                d.writeInt(g == null ? -1 : index(table, g));
            }
        }
    }

    private static List<LexiconPatterns.Variant> readVariants(ByteBuffer d, String[] table) {
        int n = d.getInt();
        List<LexiconPatterns.Variant> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String[] words = new String[d.getInt()];
            for (int k = 0; k < words.length; k++) {
                words[k] = table[d.getInt()];
            }
            @Nullable String[] gaps = new String[words.length];
            for (int k = 0; k < words.length; k++) {
                int g = d.getInt();
                gaps[k] = g < 0 ? null : table[g];
            }
            out.add(new LexiconPatterns.Variant(words, gaps));
        }
        return out;
    }
}
