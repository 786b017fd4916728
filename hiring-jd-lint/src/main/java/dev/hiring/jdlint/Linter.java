package dev.hiring.jdlint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hiring.core.HiringException;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.Severity;
import dev.hiring.core.Violations;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Span;
import dev.hiring.jdlint.internal.GenderCoder;
import dev.hiring.jdlint.internal.LexiconSet;
import dev.hiring.jdlint.internal.Lexicons;
import dev.hiring.jdlint.internal.PhraseLexicon;
import dev.hiring.jdlint.internal.Suppressions;
import dev.hiring.jdlint.rules.BuiltInRules;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lints job descriptions with a set of rules and a configuration.
 *
 * <pre>{@code
 * Linter linter = Linter.builder().build();            // the default rules
 * LintReport report = linter.lint(markdown, InputFormat.MARKDOWN);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Linter {
    private static final Comparator<Finding> ORDER = Comparator.comparingInt(
                    (Finding f) -> f.span().start())
            .thenComparingInt(f -> f.span().end())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::messageId)
            .thenComparing(Finding::message);

    private final List<JdRule> rules;
    private final RuleMeta[] metas;
    private final Severity[] severities;
    private final List<Map<String, String>> templates;
    private final LintConfig config;
    private final JdReader reader;
    private final Clock clock;
    private final Map<String, PhraseLexicon> lexicons;
    private final LexiconSet lexiconSet;
    private final GenderCoder.Lists genderLists;
    private final boolean lexiconSetEmpty;
    private final Map<String, Object> optionCache = new ConcurrentHashMap<>();

    private Linter(Builder b) {
        LintConfig cfg = b.config;
        List<JdRule> enabled = new ArrayList<>();
        Map<String, JdRule> byId = new LinkedHashMap<>();
        for (JdRule r : b.rules) {
            String id = r.meta().id();
            if (byId.putIfAbsent(id, r) != null) {
                throw new HiringException("two rules have the id '" + id + "'");
            }
        }
        for (String id : cfg.mentionedRules()) {
            if (!byId.containsKey(id) && !b.allKnownIds.contains(id)) {
                throw new HiringException("hiring-lint configuration names an unknown rule '" + id + "'");
            }
        }
        java.util.@org.jspecify.annotations.Nullable Set<String> defaults = b.defaultIds;
        for (JdRule r : b.rules) {
            String id = r.meta().id();
            boolean on = cfg.enabled(id).orElse(defaults == null || defaults.contains(id));
            if (on) {
                enabled.add(r);
            }
        }
        this.rules = List.copyOf(enabled);
        this.config = cfg;
        this.metas = new RuleMeta[rules.size()];
        this.severities = new Severity[rules.size()];
        List<Map<String, String>> tpl = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            metas[i] = rules.get(i).meta();
            severities[i] = cfg.severity(metas[i].id()).orElse(metas[i].severity());
            Map<String, String> t = new HashMap<>();
            for (Message m : metas[i].messages()) {
                t.put(m.id(), m.text());
            }
            tpl.add(Map.copyOf(t));
        }
        this.templates = List.copyOf(tpl);
        long max = b.maxChars > 0 ? b.maxChars : cfg.maxInputChars().orElse(JdReader.DEFAULT_MAX_CHARS);
        this.reader = JdReader.withMaxChars(max);
        this.clock = b.clock;
        Map<String, PhraseLexicon> lex = new HashMap<>();
        for (String name : Lexicons.names()) {
            PhraseLexicon base = Lexicons.get(name);
            lex.put(
                    name,
                    cfg.words(name)
                            .map(w -> base.with(
                                    w.add(), w.remove(), Map.of("suggestion", "describe the skill or outcome instead")))
                            .orElse(base));
        }
        this.lexicons = Map.copyOf(lex);
        List<String> names = new ArrayList<>(lex.keySet());
        java.util.Collections.sort(names);
        List<PhraseLexicon> all = new ArrayList<>();
        for (String name : names) {
            PhraseLexicon l = lex.get(name);
            if (l != Lexicons.get(name)) {
                all.add(l); // built-in lists are indexed by the reader; only configured copies need a pass here
            }
        }
        this.lexiconSet = LexiconSet.of(all);
        this.lexiconSetEmpty = all.isEmpty();
        this.genderLists = new GenderCoder.Lists(
                lexicon("gender-masculine"),
                lexicon("gender-feminine"),
                lexicon("gender-allow"),
                lexicon("gender-boilerplate"));
    }

    /** A builder with the default rules ({@link BuiltInRules#defaults()}), no configuration and the UTC clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rules that run, in order. */
    public List<JdRule> rules() {
        return rules;
    }

    /** The reader this linter uses (with its size limit). */
    public JdReader reader() {
        return reader;
    }

    /**
     * Reads and lints a text.
     *
     * @throws InputTooLargeException if the text is longer than the size limit
     * @throws HiringException if the configuration has a bad rule option
     */
    public LintReport lint(String text, InputFormat format) {
        return lint(reader.read(text, format));
    }

    /**
     * Reads and lints a stream of UTF-8 text (a leading byte order mark is skipped); the stream is not closed.
     * Reading stops as soon as the stream holds more than the size limit can allow, so an oversized input is
     * refused without being held in memory.
     *
     * @throws InputTooLargeException if the text is longer than the size limit
     * @throws dev.hiring.core.MalformedTextException if the bytes are not valid UTF-8
     * @throws java.io.UncheckedIOException if reading fails
     */
    public LintReport lint(java.io.InputStream in, InputFormat format) {
        // a character takes at most 3 bytes of UTF-8 (a pair of surrogates takes 4), so more bytes than this is
        // more characters than the limit
        long most = Math.min(3 * reader.maxChars(), Integer.MAX_VALUE - 1L);
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) most + 1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("job description: " + e.getMessage(), e);
        }
        if (bytes.length > most) {
            throw new InputTooLargeException(reader.maxChars());
        }
        return lint(dev.hiring.core.text.Utf8Text.decode(bytes, "job description"), format);
    }

    /**
     * Reads and lints a UTF-8 file, in the format its name suggests ({@link InputFormat#fromFileName}).
     *
     * @throws InputTooLargeException if the text is longer than the size limit
     * @throws dev.hiring.core.MalformedTextException if the file is not valid UTF-8 (the message names the file)
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public LintReport lint(java.nio.file.Path file) {
        java.nio.file.Path name = file.getFileName();
        InputFormat format = InputFormat.fromFileName(name == null ? "" : name.toString());
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return lint(in, format);
        } catch (dev.hiring.core.MalformedTextException e) {
            throw new dev.hiring.core.MalformedTextException(file.toString(), e.byteOffset());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Lints a document that was already read. */
    public LintReport lint(JdDocument doc) {
        if (!lexiconSetEmpty) {
            lexiconSet.index(doc);
        }
        List<Finding> all = new ArrayList<>();
        Map<String, Lexicon> bound = new HashMap<>();
        for (int i = 0; i < metas.length; i++) {
            rules.get(i).check(doc, new Ctx(doc, metas[i], severities[i], templates.get(i), all, bound));
        }
        all.sort(ORDER);
        all = fingerprint(all);
        Suppressions sup = Suppressions.of(doc);
        List<Finding> kept = new ArrayList<>();
        List<Finding> silenced = new ArrayList<>();
        for (Finding f : all) {
            if (!sup.isEmpty() && sup.suppresses(f.ruleId(), f.span())) {
                silenced.add(f);
            } else {
                kept.add(f);
            }
        }
        Metrics metrics = new Metrics(doc.wordCount(), genderCoding(doc, genderLists));
        return new LintReport(kept, silenced, metrics, doc.sections(), LintReport.score(kept));
    }

    /** The document's gender coding. */
    private static GenderCoding genderCoding(JdDocument doc, GenderCoder.Lists lists) {
        List<List<PhraseMatch>> m = GenderCoder.matches(doc, lists);
        java.util.TreeSet<String> mw = new java.util.TreeSet<>();
        for (PhraseMatch p : m.get(0)) {
            mw.add(doc.normalized(p.start(), p.end()));
        }
        java.util.TreeSet<String> fw = new java.util.TreeSet<>();
        for (PhraseMatch p : m.get(1)) {
            fw.add(doc.normalized(p.start(), p.end()));
        }
        int mc = m.get(0).size();
        int fc = m.get(1).size();
        return new GenderCoding(GenderCoder.verdict(mc, fc), List.copyOf(mw), List.copyOf(fw), mc, fc);
    }

    private Lexicon lexicon(String name) {
        Lexicon l = lexicons.get(name);
        if (l == null) {
            throw new HiringException("unknown word list '" + name + "'");
        }
        return l;
    }

    private static List<Finding> fingerprint(List<Finding> sorted) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            String key = f.ruleId() + '\u0000' + f.messageId() + '\u0000' + squash(f.match());
            int n = seen.merge(key, 1, Integer::sum);
            out.add(f.withFingerprint(hash(key + '\u0000' + n)));
        }
        return out;
    }

    /** 96 bits of two FNV-1a style 64-bit hashes, as 24 hex digits: stable across runs and platforms. */
    static String hash(String s) {
        long h1 = 0xcbf29ce484222325L;
        long h2 = 0x84222325cbf29ce4L;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h1 = (h1 ^ c) * 0x100000001b3L;
            h2 = (h2 ^ c) * 0x100000001b3L + 0x9e3779b97f4a7c15L;
            h2 ^= h2 >>> 29;
        }
        return HexFormat.of().toHexDigits(h1) + HexFormat.of().toHexDigits(h2).substring(0, 8);
    }

    /** Lower case with white space runs collapsed: the match text as fingerprints see it. */
    private static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private final class Ctx implements RuleContext {
        private final JdDocument doc;
        private final RuleMeta meta;
        private final Severity severity;
        private final List<Finding> sink;
        private final Map<String, String> templates;
        /** The word lists bound to the document, shared by the contexts of one lint. */
        private final Map<String, Lexicon> bound;

        Ctx(
                JdDocument doc,
                RuleMeta meta,
                Severity severity,
                Map<String, String> templates,
                List<Finding> sink,
                Map<String, Lexicon> bound) {
            this.doc = doc;
            this.bound = bound;
            this.templates = templates;
            this.meta = meta;
            this.severity = severity;
            this.sink = sink;
        }

        @Override
        public void report(Span span, String messageId, Object... args) {
            add(span, messageId, null, args);
        }

        @Override
        public void reportWithSuggestion(Span span, String messageId, String suggestion, Object... args) {
            add(severity, span, messageId, suggestion, args);
        }

        @Override
        public void reportWithSuggestion(
                Severity atMost, Span span, String messageId, String suggestion, Object... args) {
            add(atMost.isAtLeast(severity) ? severity : atMost, span, messageId, suggestion, args);
        }

        private void add(
                Span span, String messageId, @org.jspecify.annotations.Nullable String suggestion, Object... args) {
            add(severity, span, messageId, suggestion, args);
        }

        private void add(
                Severity severity,
                Span span,
                String messageId,
                @org.jspecify.annotations.Nullable String suggestion,
                Object... args) {
            String template = templates.get(messageId);
            if (template == null) {
                throw new dev.hiring.jdlint.spi.InvalidRuleException(
                        "rule " + meta.id() + " has no message '" + messageId + "'");
            }
            String match = sinkMatch(span);
            sink.add(new Finding(
                    meta.id(),
                    messageId,
                    severity,
                    format(template, args),
                    span,
                    match,
                    meta.reason(),
                    Optional.ofNullable(suggestion),
                    meta.guideRef(),
                    ""));
        }

        private String sinkMatch(Span span) {
            String o = doc.original();
            return o.substring(Math.min(span.start(), o.length()), Math.min(span.end(), o.length()));
        }

        @Override
        public <T extends Record> T options(Class<T> type, T defaults) {
            Optional<Map<String, Object>> cfg = config.options(meta.id());
            if (cfg.isEmpty()) {
                return defaults;
            }
            Object cached = optionCache.get(meta.id());
            if (type.isInstance(cached)) {
                return type.cast(cached);
            }
            ObjectNode merged = HiringJackson.mapper().valueToTree(defaults);
            for (Map.Entry<String, Object> f : cfg.get().entrySet()) {
                if (!merged.has(f.getKey())) {
                    throw new HiringException("rule " + meta.id() + " has no option '" + f.getKey() + "' (options: "
                            + String.join(", ", iterable(merged)) + ")");
                }
                merged.set(f.getKey(), HiringJackson.mapper().valueToTree(f.getValue()));
            }
            try {
                T value = HiringJackson.mapper().treeToValue(merged, type);
                optionCache.put(meta.id(), value);
                return value;
            } catch (JsonProcessingException e) {
                throw new HiringException(
                        "rule " + meta.id() + ": invalid options: "
                                + HiringJackson.translate(e, type.getSimpleName())
                                        .getMessage(),
                        e);
            } catch (IllegalArgumentException e) {
                throw new HiringException("rule " + meta.id() + ": invalid options for " + type.getSimpleName(), e);
            }
        }

        @Override
        public Lexicon lexicon(String name) {
            Lexicon b = bound.get(name);
            if (b != null) {
                return b;
            }
            PhraseLexicon l = lexicons.get(name);
            if (l == null) {
                throw new HiringException("unknown word list '" + name + "'");
            }
            b = l.boundTo(doc);
            bound.put(name, b);
            return b;
        }

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public List<String> jurisdictions() {
            return config.jurisdictions();
        }
    }

    private static List<String> iterable(ObjectNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static String format(String template, Object... args) {
        StringBuilder b = new StringBuilder(template.length() + 16);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{'
                    && i + 2 < template.length()
                    && Character.isDigit(template.charAt(i + 1))
                    && template.charAt(i + 2) == '}') {
                int k = template.charAt(i + 1) - '0';
                b.append(k < args.length ? String.valueOf(args[k]) : "");
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Builds a {@link Linter}. */
    public static final class Builder {
        private List<JdRule> rules = BuiltInRules.all();
        private java.util.@org.jspecify.annotations.Nullable Set<String> defaultIds = ids(BuiltInRules.defaults());
        private java.util.Set<String> allKnownIds = ids(BuiltInRules.all());
        private LintConfig config = LintConfig.defaults();
        private long maxChars;
        private Clock clock = Clock.systemUTC();

        Builder() {}

        private static java.util.Set<String> ids(List<JdRule> rules) {
            java.util.Set<String> s = new java.util.HashSet<>();
            for (JdRule r : rules) {
                s.add(r.meta().id());
            }
            return s;
        }

        /** Runs exactly these rules (all of them, unless the configuration switches one off). */
        public Builder rules(List<? extends JdRule> rules) {
            this.rules = List.copyOf(rules);
            this.defaultIds = null;
            this.allKnownIds = ids(this.rules);
            return this;
        }

        /** Adds rules to those that run, such as custom rules from {@link #loadProviders()}. */
        public Builder addRules(List<? extends JdRule> extra) {
            List<JdRule> l = new ArrayList<>(rules);
            l.addAll(extra);
            this.rules = List.copyOf(l);
            java.util.@org.jspecify.annotations.Nullable Set<String> d =
                    defaultIds == null ? null : new java.util.HashSet<>(defaultIds);
            if (d != null) {
                d.addAll(ids(List.copyOf(extra)));
            }
            this.defaultIds = d;
            this.allKnownIds = ids(this.rules);
            return this;
        }

        /** Adds the rules of every {@link dev.hiring.jdlint.spi.RuleProvider} found by the ServiceLoader. */
        public Builder loadProviders() {
            List<JdRule> extra = new ArrayList<>();
            for (dev.hiring.jdlint.spi.RuleProvider p :
                    java.util.ServiceLoader.load(dev.hiring.jdlint.spi.RuleProvider.class)) {
                extra.addAll(p.rules());
            }
            return addRules(extra);
        }

        /** The configuration. */
        public Builder config(LintConfig config) {
            this.config = config;
            return this;
        }

        /**
         * The size limit in characters (default: the configuration's, else 5 MB).
         *
         * @throws InvalidHiringDataException if {@code max} is not positive
         */
        public Builder maxInputChars(long max) {
            Violations.of("Linter.Builder")
                    .require(max > 0, "maxInputChars", "must be positive, was %d", max)
                    .throwIfAny();
            this.maxChars = max;
            return this;
        }

        /** The clock for "as of" decisions (default: the system UTC clock). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Builds the linter.
         *
         * @throws HiringException if two rules share an id or the configuration names an unknown rule
         */
        public Linter build() {
            return new Linter(this);
        }
    }
}
