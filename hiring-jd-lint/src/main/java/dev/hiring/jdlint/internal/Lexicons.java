package dev.hiring.jdlint.internal;

import dev.hiring.core.HiringException;
import dev.hiring.jdlint.spi.LexiconEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in word lists, loaded once: from the compiled resource the build writes from the versioned JSON
 * resources under {@code dev/hiring/jdlint/lexicon} ({@link CompiledLexicons}), or from the JSON itself
 * ({@link LexiconSources}) when that resource is missing.
 * Names: every list of {@code vocabulary.json} and of {@code subjects.json} by its key, plus {@code buzzwords},
 * {@code perks}, {@code gender-masculine}, {@code gender-feminine}, {@code gender-allow},
 * {@code gender-boilerplate}, {@code exclusionary}, {@code salary-history}, {@code technologies},
 * {@code jurisdictions}, {@code sections} (heading phrases with their kind), {@code section-metadata} (metadata
 * labels) and the item word lists of {@code sections.json} by their key.
 */
public final class Lexicons {
    private static final Map<String, PhraseLexicon> BUILT_IN = load();
    private static final LexiconSet ALL = set();

    private Lexicons() {}

    /** The built-in lexicon of that name. */
    public static PhraseLexicon get(String name) {
        PhraseLexicon l = BUILT_IN.get(name);
        if (l == null) {
            throw new HiringException("unknown word list '" + name + "'");
        }
        return l;
    }

    /**
     * Every built-in lexicon as one set: the reader indexes each document with it once, so the reader's own word
     * lists (item kinds, sections) and every rule's lists cost one lookup per word together.
     */
    public static LexiconSet all() {
        return ALL;
    }

    private static LexiconSet set() {
        List<String> names = new ArrayList<>(BUILT_IN.keySet());
        java.util.Collections.sort(names);
        List<PhraseLexicon> lists = new ArrayList<>();
        for (String n : names) {
            lists.add(BUILT_IN.get(n));
        }
        return LexiconSet.of(lists);
    }

    /** Whether a built-in lexicon of that name exists. */
    public static boolean exists(String name) {
        return BUILT_IN.containsKey(name);
    }

    /** The names of all built-in lexicons. */
    public static java.util.Set<String> names() {
        return BUILT_IN.keySet();
    }

    private static Map<String, PhraseLexicon> load() {
        Map<String, PhraseLexicon> m = new LinkedHashMap<>();
        List<CompiledLexicons.CompiledList> compiled = CompiledLexicons.readResource();
        if (compiled != null) {
            for (CompiledLexicons.CompiledList l : compiled) {
                m.put(l.name(), PhraseLexicon.ofCompiled(l.name(), l.entries(), l.compiled()));
            }
        } else {
            for (Map.Entry<String, List<LexiconEntry>> l : LexiconSources.read().entrySet()) {
                m.put(l.getKey(), PhraseLexicon.ofEntries(l.getKey(), l.getValue()));
            }
        }
        return Map.copyOf(m);
    }
}
