package dev.hiring.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hiring.analytics.impact.AdverseImpact;
import dev.hiring.analytics.impact.GroupCounts;
import dev.hiring.analytics.impact.ImpactCsv;
import dev.hiring.analytics.impact.ImpactInput;
import dev.hiring.analytics.impact.ImpactReport;
import dev.hiring.analytics.impact.OutcomeColumn;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringGuide;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.core.json.HiringJson;
import dev.hiring.jdlint.FileResult;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.InputTooLargeException;
import dev.hiring.jdlint.LintConfig;
import dev.hiring.jdlint.LintReport;
import dev.hiring.jdlint.Linter;
import dev.hiring.jdlint.format.JsonFormat;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.RuleMeta;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.DecisionRecord;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.NativeFormat;
import dev.hiring.rubric.RecordMismatch;
import dev.hiring.rubric.importer.AtsImporter;
import dev.hiring.rubric.importer.AtsMapping;
import dev.hiring.rubric.importer.AtsVendor;
import dev.hiring.rubric.importer.ImportReport;
import dev.hiring.rubric.importer.ImportResult;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The handlers of API v1: each reads its input, calls the same library code as the CLI and writes its JSON. */
final class Api {
    /** The path the lint JSON shows when the request names none: what the CLI shows for standard input. */
    static final String DEFAULT_LINT_PATH = "<stdin>";

    static final String JSON = "application/json";

    /** The writer of {@link HiringJson#write}: the SDK's mapper with its default pretty printer. */
    private static final ObjectWriter PRETTY = HiringJackson.mapper().writerWithDefaultPrettyPrinter();

    private final ServerConfig config;
    private final Linter linter;
    private final String rulesJson;
    private final String guidesJson;
    private final Timer lintTimer;
    private final Timer decideTimer;
    private final Deadline deadline;
    private final Clock clock = Clock.systemUTC();

    Api(ServerConfig config, MeterRegistry registry, Deadline deadline) {
        this.config = config;
        this.deadline = deadline;
        this.linter = Linter.builder().loadProviders().build();
        this.rulesJson = rulesJson(linter.rules());
        this.guidesJson = guidesJson();
        this.lintTimer = Timer.builder("hiring.lint")
                .description("time to read and lint one posting")
                .publishPercentileHistogram()
                .register(registry);
        this.decideTimer = Timer.builder("hiring.decide")
                .description("time to import scorecards and decide")
                .publishPercentileHistogram()
                .register(registry);
    }

    // ---- POST /v1/lint

    void lint(Context ctx) {
        String type = Bodies.mediaType(ctx);
        String text;
        InputFormat format;
        Linter l = linter;
        String path = query(ctx, "path");
        switch (type) {
            case "text/markdown" -> format = InputFormat.MARKDOWN;
            case "text/html" -> format = InputFormat.HTML;
            case "text/plain" -> format = InputFormat.TEXT;
            case JSON -> format = InputFormat.MARKDOWN;
            default ->
                throw new Problem(
                        Problem.Type.UNSUPPORTED_MEDIA_TYPE,
                        "send the posting as text/markdown, text/html or text/plain, or as application/json"
                                + " {\"text\", \"format\", \"config\"}",
                        "Content-Type");
        }
        String body = Bodies.text(ctx, config.lintBytes());
        if (type.equals(JSON)) {
            ObjectNode o = Bodies.object(body, "the lint request");
            Bodies.onlyKeys(o, Set.of("text", "format", "config", "path"));
            String t = Bodies.string(o, "text");
            if (t == null) {
                throw new Problem(Problem.Type.INVALID_INPUT, "the posting text is required", "$.text");
            }
            text = t;
            String f = Bodies.string(o, "format");
            if (f != null) {
                format = switch (f.toLowerCase(Locale.ROOT)) {
                    case "markdown", "md" -> InputFormat.MARKDOWN;
                    case "html" -> InputFormat.HTML;
                    case "text", "plain" -> InputFormat.TEXT;
                    default ->
                        throw new Problem(Problem.Type.INVALID_INPUT, "must be markdown, html or text", "$.format");
                };
            }
            String p = Bodies.string(o, "path");
            if (p != null) {
                path = p;
            }
            JsonNode cfg = o.get("config");
            if (cfg != null && !cfg.isNull()) {
                if (!cfg.isObject()) {
                    throw new Problem(Problem.Type.INVALID_INPUT, "must be a lint configuration object", "$.config");
                }
                LintConfig lc;
                try {
                    lc = LintConfig.parse(HiringJson.write(cfg));
                } catch (HiringException e) {
                    throw Errors.invalid(e, "$.config");
                }
                l = Linter.builder().config(lc).loadProviders().build();
            }
        } else {
            text = body;
        }
        LintReport report;
        long start = System.nanoTime();
        Linter used = l;
        String posting = text;
        InputFormat fmt = format;
        try {
            report = deadline.run(() -> used.lint(posting, fmt));
        } catch (InputTooLargeException e) {
            throw new Problem(Problem.Type.PAYLOAD_TOO_LARGE, Errors.oneLine(e.getMessage()), "text");
        } finally {
            lintTimer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
        String shown = path == null ? DEFAULT_LINT_PATH : path;
        json(ctx, lintJson(List.of(new FileResult(shown, report))));
    }

    /**
     * The bytes of {@link JsonFormat#format}: the same value through the same pretty-printing writer of the SDK's
     * mapper, written straight as UTF-8 instead of as a {@code String} that would then be encoded.
     */
    static byte[] lintJson(List<FileResult> files) {
        try {
            return PRETTY.writeValueAsBytes(JsonFormat.toJson(files));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the lint report could not be written as JSON", e);
        }
    }

    // ---- POST /v1/decide and /v1/verify

    void decide(Context ctx) {
        requireJson(ctx);
        DecisionPolicy policy = policyParam(ctx);
        String fromName = query(ctx, "from");
        String body = Bodies.text(ctx, config.decideBytes());
        boolean strict = "true".equalsIgnoreCase(query(ctx, "strict"));
        long start = System.nanoTime();
        try {
            json(ctx, deadline.run(() -> decideJson(policy, fromName, body, strict, clock)));
        } finally {
            decideTimer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    /**
     * The decision record {@code hiring decide --record} prints; for ATS input with the import report beside it
     * under {@code "import"}.
     */
    static String decideJson(
            DecisionPolicy policy, @Nullable String fromName, String body, boolean strict, Clock clock) {
        Loaded loaded = load(policy, fromName, body, strict, null);
        DecisionRecord rec;
        try {
            policy.requireDecidable(loaded.evaluation());
            rec = DecisionRecord.decide(policy, loaded.evaluation(), clock);
        } catch (HiringException e) {
            throw Errors.invalid(e, loaded.where());
        }
        ImportReport report = loaded.report();
        if (report == null) {
            return rec.toJson();
        }
        ObjectNode json = HiringJackson.mapper().valueToTree(rec);
        json.set("import", HiringJackson.mapper().valueToTree(report));
        return HiringJson.write(json);
    }

    void verify(Context ctx) {
        requireJson(ctx);
        DecisionPolicy policy = policyParam(ctx);
        String fromName = query(ctx, "from");
        String body = Bodies.text(ctx, config.decideBytes());
        json(ctx, deadline.run(() -> verifyJson(policy, fromName, body)));
    }

    /** What {@code hiring verify --format json} prints: whether the record holds, and every mismatch. */
    static String verifyJson(DecisionPolicy policy, @Nullable String fromName, String body) {
        ObjectNode o = Bodies.object(body, "the verify request");
        JsonNode recordNode = o.get("record");
        if (!(recordNode instanceof ObjectNode recordObject)) {
            throw new Problem(
                    Problem.Type.INVALID_INPUT, "the decision record from POST /v1/decide is required", "$.record");
        }
        ObjectNode rest = o.deepCopy();
        rest.remove("record");
        ObjectNode plainRecord = recordObject.deepCopy();
        plainRecord.remove("import");
        DecisionRecord rec;
        try {
            rec = DecisionRecord.parse(HiringJson.write(plainRecord));
        } catch (HiringException e) {
            throw Errors.invalid(e, "$.record");
        }
        String evaluationBody;
        if (isNative(fromName)) {
            Bodies.onlyKeys(rest, Set.of("evaluation"));
            JsonNode ev = rest.get("evaluation");
            if (ev == null || ev.isNull()) {
                throw new Problem(
                        Problem.Type.INVALID_INPUT, "the evaluation the record decided is required", "$.evaluation");
            }
            evaluationBody = HiringJson.write(ev);
        } else {
            evaluationBody = HiringJson.write(rest);
        }
        Loaded loaded = load(policy, fromName, evaluationBody, false, isNative(fromName) ? "$.evaluation" : null);
        List<RecordMismatch> mismatches = DecisionRecord.verify(rec, policy, loaded.evaluation());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("holds", mismatches.isEmpty());
        out.put("mismatches", mismatches);
        return HiringJson.write(out);
    }

    /** An evaluation read from a request, the import report of ATS input, and where errors point. */
    record Loaded(CandidateEvaluation evaluation, @Nullable ImportReport report, String where) {}

    private static boolean isNative(@Nullable String fromName) {
        return fromName == null || fromName.equalsIgnoreCase("native");
    }

    /** Reads the native evaluation JSON, or an ATS envelope {@code {"payload", "mapping", "application"}}. */
    static Loaded load(
            DecisionPolicy policy, @Nullable String fromName, String body, boolean strict, @Nullable String at) {
        if (isNative(fromName)) {
            String where = at == null ? "body" : at;
            try {
                return new Loaded(NativeFormat.read(body, policy), null, where);
            } catch (HiringException e) {
                throw Errors.invalid(e, where);
            }
        }
        String vendorName = java.util.Objects.requireNonNull(fromName);
        AtsVendor vendor = AtsVendor.byId(vendorName.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new Problem(
                        Problem.Type.INVALID_INPUT, "must be native, greenhouse, lever, ashby or workable", "from"));
        ObjectNode o = Bodies.object(body, "the request");
        Bodies.onlyKeys(o, Set.of("payload", "mapping", "application"));
        JsonNode payload = o.get("payload");
        if (payload == null || payload.isNull()) {
            throw new Problem(Problem.Type.INVALID_INPUT, "the " + vendor.id() + " payload is required", "$.payload");
        }
        AtsMapping mapping = AtsMapping.empty();
        JsonNode m = o.get("mapping");
        if (m != null && !m.isNull()) {
            try {
                mapping = AtsMapping.parse(HiringJson.write(m));
            } catch (HiringException e) {
                throw Errors.invalid(e, "$.mapping");
            }
        }
        JsonNode app = o.get("application");
        ImportResult imported;
        try {
            AtsImporter importer = AtsImporter.of(vendor, mapping, policy);
            imported = app == null || app.isNull()
                    ? importer.readWithReport(HiringJson.write(payload))
                    : importer.readWithReport(HiringJson.write(payload), HiringJson.write(app));
        } catch (HiringException e) {
            throw Errors.invalid(e, "$.payload");
        }
        ImportReport report = imported.report();
        if (strict && report.hasUnmapped()) {
            throw new Problem(
                    Problem.Type.INVALID_INPUT,
                    report.unmapped().size() + " vendor names are not mapped (strict): " + report.unmappedSummary(),
                    "$.mapping");
        }
        return new Loaded(imported.evaluation(), report, "$.payload");
    }

    private static DecisionPolicy policyParam(Context ctx) {
        String name = query(ctx, "policy");
        String n = name == null ? HiringPolicies.SENIOR_BACKEND_ENGINEER : name;
        return HiringPolicies.byName(n)
                .orElseThrow(() -> new Problem(
                        Problem.Type.INVALID_INPUT,
                        "no built-in policy of that name (built-in: " + String.join(", ", HiringPolicies.names()) + ")",
                        "policy"));
    }

    // ---- POST /v1/impact

    void impact(Context ctx) {
        String type = Bodies.mediaType(ctx);
        boolean excludeSmall = "true".equalsIgnoreCase(query(ctx, "excludeSmall"));
        ImpactReport report;
        if (type.equals("text/csv")) {
            List<String> groups = ctx.queryParams("group");
            String selected = query(ctx, "selected");
            String score = query(ctx, "score");
            if (selected != null && score != null) {
                throw new Problem(Problem.Type.INVALID_INPUT, "give selected or score, not both", "score");
            }
            if (groups.isEmpty() && (selected != null || score != null)) {
                throw new Problem(
                        Problem.Type.INVALID_INPUT, "selected and score need at least one group column", "group");
            }
            if (!groups.isEmpty() && selected == null && score == null) {
                throw new Problem(
                        Problem.Type.INVALID_INPUT, "group columns need selected=COL or score=COL", "selected");
            }
            String csv = Bodies.text(ctx, config.impactBytes());
            try {
                if (groups.isEmpty()) {
                    report = deadline.run(() -> ImpactCsv.readSummary(new StringReader(csv), excludeSmall));
                } else {
                    OutcomeColumn outcome = selected != null
                            ? OutcomeColumn.selected(selected)
                            : OutcomeColumn.score(java.util.Objects.requireNonNull(score));
                    report = deadline.run(() -> ImpactCsv.readIndividuals(
                                    new StringReader(csv), List.of(List.copyOf(groups)), outcome, excludeSmall)
                            .get(0));
                }
            } catch (HiringException e) {
                throw Errors.invalid(e, "body");
            }
        } else if (type.equals(JSON)) {
            ObjectNode o = Bodies.object(Bodies.text(ctx, config.impactBytes()), "the impact request");
            Bodies.onlyKeys(o, Set.of("rows", "excludeSmall"));
            JsonNode rows = o.get("rows");
            if (!(rows instanceof ArrayNode a)) {
                throw new Problem(
                        Problem.Type.INVALID_INPUT,
                        "must be an array of {\"group\", \"applicants\", \"selected\"}",
                        "$.rows");
            }
            JsonNode ex = o.get("excludeSmall");
            boolean exclude = ex != null && ex.asBoolean(false);
            List<GroupCounts> counts = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                counts.add(row(a.get(i), "$.rows[" + i + "]"));
            }
            try {
                report = deadline.run(() -> AdverseImpact.analyze(ImpactInput.selection()
                        .groups(counts)
                        .excludeSmall(exclude)
                        .build()));
            } catch (HiringException e) {
                throw Errors.invalid(e, "$.rows");
            }
        } else {
            throw new Problem(
                    Problem.Type.UNSUPPORTED_MEDIA_TYPE,
                    "send text/csv (as the CLI reads it) or application/json {\"rows\": [...]}",
                    "Content-Type");
        }
        json(ctx, HiringJson.write(report));
    }

    private static GroupCounts row(JsonNode r, String at) {
        if (!(r instanceof ObjectNode o)) {
            throw new Problem(Problem.Type.INVALID_INPUT, "must be an object", at);
        }
        Bodies.onlyKeys(o, Set.of("group", "applicants", "selected"));
        String group = Bodies.string(o, "group");
        if (group == null) {
            throw new Problem(Problem.Type.INVALID_INPUT, "is required", at + ".group");
        }
        long applicants = count(o, "applicants", at);
        long selected = count(o, "selected", at);
        try {
            return new GroupCounts(group, applicants, selected);
        } catch (HiringException e) {
            throw new Problem(Problem.Type.INVALID_INPUT, Errors.oneLine(e.getMessage()), at);
        }
    }

    private static long count(ObjectNode o, String key, String at) {
        JsonNode v = o.get(key);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0) {
            throw new Problem(Problem.Type.INVALID_INPUT, "must be a whole number at least 0", at + "." + key);
        }
        return v.asLong();
    }

    // ---- GET /v1/guides, /v1/guides/{id}, /v1/policies/{id}, /v1/rules

    void guides(Context ctx) {
        json(ctx, guidesJson);
    }

    void guide(Context ctx) {
        String id = ctx.pathParam("id");
        HiringGuide g = HiringGuides.byId(id)
                .orElseThrow(() -> new Problem(Problem.Type.NOT_FOUND, "no built-in guide with this id", "id"));
        json(ctx, HiringJson.write(g));
    }

    void policies(Context ctx) {
        ObjectNode out = HiringJackson.mapper().createObjectNode();
        ArrayNode list = out.putArray("policies");
        for (String name : HiringPolicies.names()) {
            DecisionPolicy p = HiringPolicies.byName(name).orElseThrow();
            ObjectNode n = list.addObject();
            n.put("id", name);
            n.put("version", p.version());
            n.put("hash", p.hash());
        }
        json(ctx, HiringJson.write(out));
    }

    void policy(Context ctx) {
        DecisionPolicy p = HiringPolicies.byName(ctx.pathParam("id"))
                .orElseThrow(() -> new Problem(Problem.Type.NOT_FOUND, "no built-in policy with this id", "id"));
        json(ctx, p.toJson());
    }

    void rules(Context ctx) {
        json(ctx, rulesJson);
    }

    private static String guidesJson() {
        ObjectNode out = HiringJackson.mapper().createObjectNode();
        ArrayNode list = out.putArray("guides");
        for (HiringGuide g : HiringGuides.all()) {
            ObjectNode n = list.addObject();
            n.put("id", g.id());
            n.put("title", g.title());
        }
        return HiringJson.write(out);
    }

    /** Every rule's metadata, with its documentation page (Markdown) when the build bundled it. */
    static String rulesJson(List<JdRule> rules) {
        List<RuleMeta> metas = new ArrayList<>();
        for (JdRule r : rules) {
            metas.add(r.meta());
        }
        metas.sort(java.util.Comparator.comparing(RuleMeta::id));
        ObjectNode out = HiringJackson.mapper().createObjectNode();
        ArrayNode list = out.putArray("rules");
        for (RuleMeta m : metas) {
            ObjectNode n = list.addObject();
            n.put("id", m.id());
            n.put("summary", m.summary());
            n.put("reason", m.reason());
            n.put("severity", m.severity().id());
            n.put("category", m.category().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            n.put("guideRef", m.guideRef());
            String doc = resource("/dev/hiring/server/rules/" + m.id() + ".md");
            if (doc == null) {
                n.putNull("doc");
            } else {
                n.put("doc", doc);
            }
        }
        return HiringJson.write(out);
    }

    static @Nullable String resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- helpers

    private static void requireJson(Context ctx) {
        if (!Bodies.mediaType(ctx).equals(JSON)) {
            throw new Problem(Problem.Type.UNSUPPORTED_MEDIA_TYPE, "send application/json", "Content-Type");
        }
    }

    static @Nullable String query(Context ctx, String name) {
        return ctx.queryParam(name);
    }

    static void json(Context ctx, String json) {
        ctx.contentType(JSON);
        ctx.result(json);
    }

    static void json(Context ctx, byte[] json) {
        ctx.contentType(JSON);
        ctx.result(json);
    }
}
