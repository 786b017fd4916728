package dev.hiring.jdlint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.HiringParseException;
import dev.hiring.core.Severity;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.jdlint.internal.Lexicons;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The linter configuration, as read from {@code .hiring-lint.json}:
 *
 * <pre>{@code
 * {
 *   "rules": {
 *     "length": "off",
 *     "no-buzzwords": "warning",
 *     "tech-laundry-list": {"severity": "error", "options": {"maxTotal": 10}}
 *   },
 *   "words": {"buzzwords": {"add": ["code monkey"], "remove": ["hacker"]}},
 *   "jurisdictions": ["ontario"],
 *   "maxInputChars": 1000000
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LintConfig {
    private static final LintConfig EMPTY = new LintConfig(Map.of(), Map.of(), Map.of(), Map.of(), List.of(), null);

    private final Map<String, Boolean> enabled;
    private final Map<String, Severity> severities;
    private final Map<String, Map<String, Object>> options;
    private final Map<String, WordChanges> words;
    private final List<String> jurisdictions;
    private final @org.jspecify.annotations.Nullable Long maxInputChars;

    /**
     * Additions to and removals from a word list.
     *
     * @param add phrases to add
     * @param remove phrases to remove
     */
    public record WordChanges(List<String> add, List<String> remove) {
        /** Copies the lists. */
        public WordChanges {
            add = List.copyOf(add);
            remove = List.copyOf(remove);
        }
    }

    private LintConfig(
            Map<String, Boolean> enabled,
            Map<String, Severity> severities,
            Map<String, Map<String, Object>> options,
            Map<String, WordChanges> words,
            List<String> jurisdictions,
            @org.jspecify.annotations.Nullable Long maxInputChars) {
        this.enabled = Map.copyOf(enabled);
        this.severities = Map.copyOf(severities);
        this.options = Map.copyOf(options);
        this.words = Map.copyOf(words);
        this.jurisdictions = List.copyOf(jurisdictions);
        this.maxInputChars = maxInputChars;
    }

    /** The empty configuration: every default rule on, default severities and options. */
    public static LintConfig defaults() {
        return EMPTY;
    }

    /**
     * Parses a configuration. Every rule id it names must be a built-in rule's or that of a rule from a {@link
     * dev.hiring.jdlint.spi.RuleProvider} on the class path; use {@link #parse(String, Collection)} when the linter
     * is given further rules of its own.
     *
     * @throws HiringParseException if the text is not JSON or has the wrong shape, a rule id is unknown, a severity
     *     is not one of {@code off}, {@code on}, {@code error}, {@code warning}, {@code suggestion} (lower case) or a
     *     word list is not built in; the message names the JSON path ({@code $.rules.no-buzzwords}) and, for a
     *     closed set, the valid values
     * @throws NullPointerException if {@code json} is null
     */
    public static LintConfig parse(String json) {
        return parse(json, List.of());
    }

    /**
     * Parses a configuration for a linter that also runs the rules {@code moreRuleIds} (custom rules given to
     * {@link Linter.Builder#addRules(List)}); see {@link #parse(String)}.
     *
     * @param json the configuration
     * @param moreRuleIds rule ids accepted besides the built-in ones and those of the rule providers
     * @throws HiringParseException as {@link #parse(String)}
     */
    public static LintConfig parse(String json, Collection<String> moreRuleIds) {
        java.util.Objects.requireNonNull(json, "json");
        java.util.Set<String> known = knownRuleIds();
        known.addAll(moreRuleIds);
        JsonNode root;
        try {
            root = HiringJackson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw HiringJackson.translate(e, "LintConfig");
        }
        if (root == null || !root.isObject()) {
            throw bad("$", "must be a JSON object");
        }
        Map<String, Boolean> enabled = new LinkedHashMap<>();
        Map<String, Severity> sev = new LinkedHashMap<>();
        Map<String, Map<String, Object>> opts = new LinkedHashMap<>();
        Map<String, WordChanges> words = new LinkedHashMap<>();
        List<String> juris = new ArrayList<>();
        Long max = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            switch (f.getKey()) {
                case "rules" -> rules(f.getValue(), known, enabled, sev, opts);
                case "words" -> words(f.getValue(), words);
                case "jurisdictions" -> {
                    if (!f.getValue().isArray()) {
                        throw bad("$.jurisdictions", "must be an array of jurisdiction ids");
                    }
                    for (JsonNode j : f.getValue()) {
                        if (!j.isTextual()) {
                            throw bad("$.jurisdictions", "must hold strings");
                        }
                        juris.add(j.asText());
                    }
                }
                case "maxInputChars" -> {
                    if (!f.getValue().canConvertToLong()
                            || f.getValue().asLong() <= 0
                            || !f.getValue().isIntegralNumber()) {
                        throw bad("$.maxInputChars", "must be a positive integer");
                    }
                    max = f.getValue().asLong();
                }
                default ->
                    throw bad(
                            "$." + f.getKey(), "unknown setting (expected rules, words, jurisdictions, maxInputChars)");
            }
        }
        return new LintConfig(enabled, sev, opts, words, juris, max);
    }

    /** The ids of the built-in rules and of the rules of every provider on the class path, sorted. */
    private static java.util.Set<String> knownRuleIds() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (dev.hiring.jdlint.spi.JdRule r : dev.hiring.jdlint.rules.BuiltInRules.all()) {
            ids.add(r.meta().id());
        }
        for (dev.hiring.jdlint.spi.RuleProvider p :
                java.util.ServiceLoader.load(dev.hiring.jdlint.spi.RuleProvider.class)) {
            for (dev.hiring.jdlint.spi.JdRule r : p.rules()) {
                ids.add(r.meta().id());
            }
        }
        return ids;
    }

    private static void rules(
            JsonNode node,
            java.util.Set<String> known,
            Map<String, Boolean> enabled,
            Map<String, Severity> sev,
            Map<String, Map<String, Object>> opts) {
        if (!node.isObject()) {
            throw bad("$.rules", "must be an object from rule id to setting");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> r = it.next();
            String id = r.getKey();
            String path = "$.rules." + id;
            if (!known.contains(id)) {
                throw bad(
                        path,
                        "unknown rule (expected one of " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
            JsonNode v = r.getValue();
            if (v.isTextual() || v.isBoolean()) {
                level(v, path, id, enabled, sev);
            } else if (v.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> fi = v.properties().iterator(); fi.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = fi.next();
                    switch (f.getKey()) {
                        case "severity" -> level(f.getValue(), path + ".severity", id, enabled, sev);
                        case "options" -> {
                            if (!f.getValue().isObject()) {
                                throw bad(path + ".options", "must be an object");
                            }
                            opts.put(id, plainObject(f.getValue()));
                        }
                        default -> throw bad(path + "." + f.getKey(), "unknown key (expected severity, options)");
                    }
                }
            } else {
                throw bad(path, "must be \"off\", a severity, or an object with severity and options");
            }
        }
    }

    private static void level(
            JsonNode v, String path, String id, Map<String, Boolean> enabled, Map<String, Severity> sev) {
        if (v.isBoolean()) {
            enabled.put(id, v.asBoolean());
            return;
        }
        String s = v.asText();
        if (s.equals("off")) {
            enabled.put(id, false);
        } else if (s.equals("on")) {
            enabled.put(id, true);
        } else {
            // exactly the lower-case ids, as the schema says: "Error" is refused, not read as error
            Severity found = null;
            for (Severity candidate : Severity.values()) {
                if (candidate.id().equals(s)) {
                    found = candidate;
                }
            }
            if (found == null) {
                throw bad(path, "must be one of off, on, error, warning, suggestion (lower case) or a boolean");
            }
            sev.put(id, found);
            enabled.put(id, true);
        }
    }

    private static void words(JsonNode node, Map<String, WordChanges> words) {
        if (!node.isObject()) {
            throw bad("$.words", "must be an object from word-list name to {add, remove}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> w = it.next();
            String path = "$.words." + w.getKey();
            if (!Lexicons.exists(w.getKey())) {
                throw bad(
                        path,
                        "unknown word list (expected one of "
                                + String.join(", ", new java.util.TreeSet<>(Lexicons.names())) + ")");
            }
            List<String> add = new ArrayList<>();
            List<String> remove = new ArrayList<>();
            if (!w.getValue().isObject()) {
                throw bad(path, "must be an object with add and remove arrays");
            }
            for (Iterator<Map.Entry<String, JsonNode>> fi =
                            w.getValue().properties().iterator();
                    fi.hasNext(); ) {
                Map.Entry<String, JsonNode> f = fi.next();
                List<String> target = switch (f.getKey()) {
                    case "add" -> add;
                    case "remove" -> remove;
                    default -> throw bad(path + "." + f.getKey(), "unknown key (expected add, remove)");
                };
                if (!f.getValue().isArray()) {
                    throw bad(path + "." + f.getKey(), "must be an array of strings");
                }
                for (JsonNode s : f.getValue()) {
                    if (!s.isTextual() || s.asText().isBlank()) {
                        throw bad(path + "." + f.getKey(), "must hold non-blank strings");
                    }
                    target.add(s.asText());
                }
            }
            words.put(w.getKey(), new WordChanges(add, remove));
        }
    }

    /** A JSON object as an unmodifiable map of plain values (see {@link #options}). */
    private static Map<String, Object> plainObject(JsonNode node) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            m.put(f.getKey(), plain(f.getValue()));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static @org.jspecify.annotations.Nullable Object plain(JsonNode node) {
        if (node.isObject()) {
            return plainObject(node);
        }
        if (node.isArray()) {
            List<Object> l = new ArrayList<>();
            for (JsonNode e : node) {
                l.add(plain(e));
            }
            return java.util.Collections.unmodifiableList(l);
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        return null;
    }

    private static HiringParseException bad(String path, String message) {
        return new HiringParseException("hiring-lint configuration " + path + ": " + message, path, 0, 0);
    }

    /** Whether a rule is switched on or off explicitly; empty when the configuration does not say. */
    public Optional<Boolean> enabled(String ruleId) {
        return Optional.ofNullable(enabled.get(ruleId));
    }

    /** The severity override for a rule, if any. */
    public Optional<Severity> severity(String ruleId) {
        return Optional.ofNullable(severities.get(ruleId));
    }

    /**
     * The configured options of a rule, if any: an unmodifiable map from option name to a plain value, as in JSON
     * ({@link String}, {@link Boolean}, a {@link Number}, a {@link List} or {@link Map} of such values, or
     * {@code null}).
     */
    public Optional<Map<String, Object>> options(String ruleId) {
        return Optional.ofNullable(options.get(ruleId));
    }

    /** The changes to a word list, if any. */
    public Optional<WordChanges> words(String listName) {
        return Optional.ofNullable(words.get(listName));
    }

    /** The rule ids the configuration mentions. */
    public java.util.Set<String> mentionedRules() {
        java.util.Set<String> s = new java.util.TreeSet<>(enabled.keySet());
        s.addAll(severities.keySet());
        s.addAll(options.keySet());
        return s;
    }

    /** The selected jurisdictions (ids); empty means "those the posting names". */
    public List<String> jurisdictions() {
        return jurisdictions;
    }

    /** The configured size limit, if any. */
    public Optional<Long> maxInputChars() {
        return Optional.ofNullable(maxInputChars);
    }
}
