package dev.hiring.jdlint.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.HiringException;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.jdlint.spi.LexiconEntry;
import dev.hiring.jdlint.spi.LexiconFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in word lists, loaded once from the versioned JSON resources under {@code dev/hiring/jdlint/lexicon}.
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

    private static JsonNode read(String file) {
        try (InputStream in = Lexicons.class.getResourceAsStream("/dev/hiring/jdlint/lexicon/" + file)) {
            if (in == null) {
                throw new LexiconFormatException("built-in word list " + file + " is missing from the jar");
            }
            return HiringJackson.mapper().readTree(in);
        } catch (IOException e) {
            throw new HiringException("cannot read built-in word list " + file, e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }

    private static Map<String, PhraseLexicon> load() {
        Map<String, PhraseLexicon> m = new LinkedHashMap<>();
        JsonNode vocab = read("vocabulary.json").get("lists");
        for (Iterator<Map.Entry<String, JsonNode>> it = vocab.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), PhraseLexicon.of(e.getKey(), strings(e.getValue())));
        }
        JsonNode subjects = read("subjects.json").get("lists");
        for (Iterator<Map.Entry<String, JsonNode>> it = subjects.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), PhraseLexicon.of(e.getKey(), strings(e.getValue())));
        }
        m.put("buzzwords", entries("buzzwords", read("buzzwords.json").get("entries")));
        m.put("exclusionary", entries("exclusionary", read("exclusionary.json").get("entries")));
        m.put(
                "salary-history",
                entries("salary-history", read("salary-history.json").get("entries")));
        m.put("perks", PhraseLexicon.of("perks", strings(read("perks.json").get("entries"))));
        JsonNode g = read("gender-coded.json");
        m.put("gender-masculine", entries("gender-masculine", g.get("masculine")));
        m.put("gender-feminine", entries("gender-feminine", g.get("feminine")));
        m.put("gender-allow", entries("gender-allow", g.get("allow")));
        m.put("gender-boilerplate", entries("gender-boilerplate", g.get("boilerplate")));
        List<String> techPhrases = new ArrayList<>();
        List<Map<String, String>> techAttrs = new ArrayList<>();
        for (JsonNode t : read("technologies.json").get("entries")) {
            for (JsonNode a : t.get("aliases")) {
                techPhrases.add(a.asText());
                techAttrs.add(Map.of(
                        "name",
                        t.get("name").asText(),
                        "released",
                        t.get("released").asText()));
            }
        }
        m.put("technologies", PhraseLexicon.of("technologies", techPhrases, techAttrs));
        List<String> jPhrases = new ArrayList<>();
        List<Map<String, String>> jAttrs = new ArrayList<>();
        for (JsonNode j : read("jurisdictions.json").get("entries")) {
            Map<String, String> attrs = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = j.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!f.getKey().equals("aliases")) {
                    attrs.put(f.getKey(), f.getValue().asText());
                }
            }
            for (JsonNode a : j.get("aliases")) {
                jPhrases.add(a.asText());
                jAttrs.add(Map.copyOf(attrs));
            }
        }
        m.put("jurisdictions", PhraseLexicon.of("jurisdictions", jPhrases, jAttrs));
        JsonNode sections = read("sections.json");
        JsonNode kinds = sections.get("kinds");
        List<String> sPhrases = new ArrayList<>();
        List<Map<String, String>> sAttrs = new ArrayList<>();
        int order = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = kinds.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            for (String p : strings(e.getValue())) {
                sPhrases.add(p);
                sAttrs.add(Map.of("kind", e.getKey(), "order", Integer.toString(order)));
            }
            order++;
        }
        m.put("sections", PhraseLexicon.of("sections", sPhrases, sAttrs));
        m.put("section-metadata", PhraseLexicon.of("section-metadata", strings(sections.get("metadata"))));
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        sections.get("lists").properties().iterator();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), PhraseLexicon.of(e.getKey(), strings(e.getValue())));
        }
        return Map.copyOf(m);
    }

    /**
     * A lexicon from a JSON array of entries: a string is a literal phrase; an object has a {@code phrase} (literal)
     * or a {@code pattern}, an optional {@code notIf} array of patterns, and string attributes.
     */
    static PhraseLexicon entries(String name, JsonNode entries) {
        List<LexiconEntry> out = new ArrayList<>();
        int i = 0;
        for (JsonNode e : entries) {
            i++;
            if (e.isTextual()) {
                out.add(LexiconEntry.phrase(e.asText(), Map.of()));
                continue;
            }
            Map<String, String> a = new LinkedHashMap<>();
            List<String> notIf = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = e.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                switch (f.getKey()) {
                    case "phrase", "pattern" -> {}
                    case "notIf" -> {
                        if (!f.getValue().isArray()) {
                            throw new LexiconFormatException(
                                    "word list '" + name + "', entry " + i + ": 'notIf' must be an array of patterns");
                        }
                        notIf.addAll(strings(f.getValue()));
                    }
                    default -> a.put(f.getKey(), f.getValue().asText());
                }
            }
            JsonNode phrase = e.get("phrase");
            JsonNode pattern = e.get("pattern");
            if ((phrase == null) == (pattern == null)) {
                throw new LexiconFormatException(
                        "word list '" + name + "', entry " + i + ": needs exactly one of 'phrase' and 'pattern'");
            }
            out.add(
                    pattern != null
                            ? LexiconEntry.pattern(pattern.asText(), notIf, a)
                            : new LexiconEntry(phrase.asText(), false, notIf, a));
        }
        return PhraseLexicon.ofEntries(name, out);
    }
}
