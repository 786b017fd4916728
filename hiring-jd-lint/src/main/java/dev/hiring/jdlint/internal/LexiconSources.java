package dev.hiring.jdlint.internal;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The sources of the built-in word lists: the versioned JSON resources under {@code dev/hiring/jdlint/lexicon},
 * read with Jackson. The build compiles them into {@link CompiledLexicons}' resource, which {@link Lexicons}
 * reads at start-up; these are read only when that resource is missing, by the build and by the tests.
 */
final class LexiconSources {
    private LexiconSources() {}

    private static JsonNode json(String file) {
        try (InputStream in = LexiconSources.class.getResourceAsStream("/dev/hiring/jdlint/lexicon/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            return dev.hiring.core.jackson.HiringJackson.mapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + file, e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }

    /** The entries of every built-in list by name, in the order of the sources. */
    static Map<String, List<LexiconEntry>> read() {
        Map<String, List<LexiconEntry>> m = new LinkedHashMap<>();
        JsonNode vocab = json("vocabulary.json").get("lists");
        for (Iterator<Map.Entry<String, JsonNode>> it = vocab.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), phrases(strings(e.getValue())));
        }
        JsonNode subjects = json("subjects.json").get("lists");
        for (Iterator<Map.Entry<String, JsonNode>> it = subjects.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), phrases(strings(e.getValue())));
        }
        m.put("buzzwords", entries("buzzwords", json("buzzwords.json").get("entries")));
        m.put("exclusionary", entries("exclusionary", json("exclusionary.json").get("entries")));
        m.put(
                "salary-history",
                entries("salary-history", json("salary-history.json").get("entries")));
        m.put("perks", phrases(strings(json("perks.json").get("entries"))));
        JsonNode g = json("gender-coded.json");
        m.put("gender-masculine", entries("gender-masculine", g.get("masculine")));
        m.put("gender-feminine", entries("gender-feminine", g.get("feminine")));
        m.put("gender-allow", entries("gender-allow", g.get("allow")));
        m.put("gender-boilerplate", entries("gender-boilerplate", g.get("boilerplate")));
        List<String> techPhrases = new ArrayList<>();
        List<Map<String, String>> techAttrs = new ArrayList<>();
        for (JsonNode t : json("technologies.json").get("entries")) {
            for (JsonNode a : t.get("aliases")) {
                techPhrases.add(a.asText());
                techAttrs.add(Map.of(
                        "name",
                        t.get("name").asText(),
                        "released",
                        t.get("released").asText()));
            }
        }
        m.put("technologies", phrases(techPhrases, techAttrs));
        List<String> jPhrases = new ArrayList<>();
        List<Map<String, String>> jAttrs = new ArrayList<>();
        for (JsonNode j : json("jurisdictions.json").get("entries")) {
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
        m.put("jurisdictions", phrases(jPhrases, jAttrs));
        JsonNode sections = json("sections.json");
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
        m.put("sections", phrases(sPhrases, sAttrs));
        m.put("section-metadata", phrases(strings(sections.get("metadata"))));
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        sections.get("lists").properties().iterator();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), phrases(strings(e.getValue())));
        }
        return m;
    }

    /**
     * A lexicon from a JSON array of entries: a string is a literal phrase; an object has a {@code phrase} (literal)
     * or a {@code pattern}, an optional {@code notIf} array of patterns, and string attributes.
     */
    static List<LexiconEntry> entries(String name, JsonNode entries) {
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
        return out;
    }

    private static List<LexiconEntry> phrases(List<String> phrases) {
        List<LexiconEntry> out = new ArrayList<>(phrases.size());
        for (String p : phrases) {
            out.add(LexiconEntry.phrase(p, Map.of()));
        }
        return out;
    }

    private static List<LexiconEntry> phrases(List<String> phrases, List<Map<String, String>> attributes) {
        List<LexiconEntry> out = new ArrayList<>(phrases.size());
        for (int i = 0; i < phrases.size(); i++) {
            out.add(LexiconEntry.phrase(phrases.get(i), attributes.get(i)));
        }
        return out;
    }
}
