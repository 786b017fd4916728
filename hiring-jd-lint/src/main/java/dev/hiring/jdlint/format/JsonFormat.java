package dev.hiring.jdlint.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.hiring.core.json.HiringJson;
import dev.hiring.jdlint.FileResult;
import dev.hiring.jdlint.Finding;
import dev.hiring.jdlint.GenderCoding;
import dev.hiring.jdlint.LintReport;
import dev.hiring.jdlint.document.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats reports as the linter's JSON contract, deterministic and pretty-printed:
 *
 * <pre>{@code
 * {"tool":{"name":"hiring-jd-lint","version":"…"},
 *  "files":[{"path":…,"score":0-100,
 *            "findings":[{"ruleId","severity","message","line","column","endLine","endColumn",
 *                         "match","reason","suggestion","guideRef"}],
 *            "metrics":{"words":…,"genderCoding":{"verdict":…,"masculineWords":[…],"feminineWords":[…]}},
 *            "sections":[{"kind","title","line","basis","items"}]}]}
 * }</pre>
 *
 * {@code suggestion} is {@code null} when the rule has none. A section's {@code basis} says why it has its kind
 * ({@code heading}, {@code parent-heading}, {@code lead-in}, {@code list-label}, {@code content} or
 * {@code unknown}); {@code items} is the number of list items in it.
 */
public final class JsonFormat {
    private JsonFormat() {}

    /** The whole output. */
    @JsonPropertyOrder({"tool", "files"})
    public record Output(Tool tool, List<FileJson> files) {}

    /** The tool. */
    @JsonPropertyOrder({"name", "version"})
    public record Tool(String name, String version) {}

    /** One file. */
    @JsonPropertyOrder({"path", "score", "findings", "metrics", "sections"})
    public record FileJson(
            String path, int score, List<FindingJson> findings, MetricsJson metrics, List<SectionJson> sections) {}

    /** One finding. */
    @JsonPropertyOrder({
        "ruleId",
        "severity",
        "message",
        "line",
        "column",
        "endLine",
        "endColumn",
        "match",
        "reason",
        "suggestion",
        "guideRef"
    })
    public record FindingJson(
            String ruleId,
            String severity,
            String message,
            int line,
            int column,
            int endLine,
            int endColumn,
            String match,
            String reason,

            @JsonInclude(JsonInclude.Include.ALWAYS) @org.jspecify.annotations.Nullable
            String suggestion,

            String guideRef) {}

    /** Metrics. */
    @JsonPropertyOrder({"words", "genderCoding"})
    public record MetricsJson(int words, GenderJson genderCoding) {}

    /** Gender coding. */
    @JsonPropertyOrder({"verdict", "masculineWords", "feminineWords"})
    public record GenderJson(String verdict, List<String> masculineWords, List<String> feminineWords) {}

    /**
     * One section.
     *
     * @param kind what it is about
     * @param title its heading or lead-in text ("" when its kind comes from its content)
     * @param line the 1-based line where it starts
     * @param basis why it has its kind, in kebab case
     * @param items the number of list items in it
     */
    @JsonPropertyOrder({"kind", "title", "line", "basis", "items"})
    public record SectionJson(String kind, String title, int line, String basis, int items) {}

    /** The JSON value of several files' reports. */
    public static Output toJson(List<FileResult> files) {
        List<FileJson> out = new ArrayList<>();
        for (FileResult f : files) {
            LintReport r = f.report();
            List<FindingJson> fs = new ArrayList<>();
            for (Finding x : r.findings()) {
                fs.add(new FindingJson(
                        x.ruleId(),
                        x.severity().id(),
                        x.message(),
                        x.span().line(),
                        x.span().column(),
                        x.span().endLine(),
                        x.span().endColumn(),
                        x.match(),
                        x.reason(),
                        x.suggestion().orElse(null),
                        x.guideRef()));
            }
            GenderCoding g = r.metrics().genderCoding();
            List<SectionJson> ss = new ArrayList<>();
            for (Section s : r.sections()) {
                ss.add(new SectionJson(
                        s.kind().name(),
                        s.title(),
                        s.line(),
                        s.basis().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        s.items().size()));
            }
            out.add(new FileJson(
                    f.path(),
                    r.score(),
                    fs,
                    new MetricsJson(
                            r.metrics().words(), new GenderJson(g.verdict(), g.masculineWords(), g.feminineWords())),
                    ss));
        }
        return new Output(new Tool(ToolInfo.NAME, ToolInfo.version()), out);
    }

    /** Formats several files' reports as JSON text. */
    public static String format(List<FileResult> files) {
        return HiringJson.write(toJson(files));
    }
}
