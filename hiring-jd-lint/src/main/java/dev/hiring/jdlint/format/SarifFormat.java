package dev.hiring.jdlint.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hiring.core.Severity;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.core.json.HiringJson;
import dev.hiring.jdlint.FileResult;
import dev.hiring.jdlint.Finding;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.RuleMeta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Formats reports as SARIF 2.1.0: one run whose driver lists every rule (id, short and full description, help,
 * default level, guide reference) and one result per finding (rule id and index, level, message, region,
 * partial fingerprint); findings silenced by inline comments carry an {@code inSource} suppression.
 */
public final class SarifFormat {
    /** The SARIF schema URI. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifFormat() {}

    /** The SARIF level of a severity: error, warning, or note for suggestions. */
    public static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case SUGGESTION -> "note";
        };
    }

    /** The SARIF log as a JSON tree. */
    private static ObjectNode toJson(List<FileResult> files, List<JdRule> rules) {
        ObjectNode root = HiringJackson.mapper().createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ArrayNode runs = root.putArray("runs");
        ObjectNode run = runs.addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", ToolInfo.NAME);
        driver.put("version", ToolInfo.version());
        driver.put("informationUri", "https://github.com/hiring-sdk/hiring/tree/main/docs/rules");
        ArrayNode rulesNode = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        List<JdRule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(r -> r.meta().id()));
        for (JdRule r : sorted) {
            RuleMeta m = r.meta();
            index.put(m.id(), index.size());
            ObjectNode rn = rulesNode.addObject();
            rn.put("id", m.id());
            rn.put("name", r.getClass().getSimpleName());
            rn.putObject("shortDescription").put("text", m.summary());
            rn.putObject("fullDescription").put("text", m.reason());
            ObjectNode help = rn.putObject("help");
            help.put("text", m.summary() + ". " + m.reason() + ". See docs/rules/" + m.id() + ".md.");
            help.put(
                    "markdown",
                    "**" + m.summary() + "**\n\n" + m.reason() + ".\n\nSee [docs/rules/" + m.id() + ".md](docs/rules/"
                            + m.id() + ".md).");
            rn.put("helpUri", "docs/rules/" + m.id() + ".md");
            rn.putObject("defaultConfiguration").put("level", level(m.severity()));
            ObjectNode props = rn.putObject("properties");
            props.put("category", m.category().name().toLowerCase(java.util.Locale.ROOT));
            props.put("guideRef", m.guideRef());
        }
        ArrayNode results = run.putArray("results");
        for (FileResult f : files) {
            List<Finding> all = new ArrayList<>(f.report().findings());
            all.addAll(f.report().suppressed());
            all.sort(Comparator.comparingInt((Finding x) -> x.span().start())
                    .thenComparing(Finding::ruleId)
                    .thenComparing(Finding::message));
            java.util.Set<Finding> suppressed =
                    new java.util.HashSet<>(f.report().suppressed());
            for (Finding x : all) {
                ObjectNode res = results.addObject();
                res.put("ruleId", x.ruleId());
                Integer idx = index.get(x.ruleId());
                if (idx != null) {
                    res.put("ruleIndex", idx);
                }
                res.put("level", level(x.severity()));
                ObjectNode msg = res.putObject("message");
                msg.put(
                        "text",
                        x.message()
                                + x.suggestion()
                                        .map(s -> " (suggestion: " + s + ")")
                                        .orElse(""));
                ObjectNode loc = res.putArray("locations").addObject().putObject("physicalLocation");
                loc.putObject("artifactLocation").put("uri", uri(f.path()));
                ObjectNode region = loc.putObject("region");
                region.put("startLine", x.span().line());
                region.put("startColumn", x.span().column());
                region.put("endLine", x.span().endLine());
                region.put("endColumn", x.span().endColumn());
                region.put("charOffset", x.span().start());
                region.put("charLength", x.span().end() - x.span().start());
                region.putObject("snippet").put("text", x.match());
                res.putObject("partialFingerprints").put("hiringLint/v1", x.fingerprint());
                ObjectNode props = res.putObject("properties");
                props.put("guideRef", x.guideRef());
                props.put("reason", x.reason());
                if (suppressed.contains(x)) {
                    ArrayNode sup = res.putArray("suppressions");
                    ObjectNode s = sup.addObject();
                    s.put("kind", "inSource");
                    s.put("justification", "hiring-lint-disable comment");
                }
            }
        }
        return root;
    }

    private static String uri(String path) {
        return path.replace('\\', '/');
    }

    /** Formats several files' reports as SARIF text. */
    public static String format(List<FileResult> files, List<JdRule> rules) {
        return HiringJson.write(toJson(files, rules));
    }
}
