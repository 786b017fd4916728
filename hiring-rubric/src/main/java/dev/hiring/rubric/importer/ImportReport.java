package dev.hiring.rubric.importer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.hiring.core.json.HiringJson;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an import did besides the ratings it produced: every vendor name it could not map, every value it read past
 * and why, the mapping entries that matched nothing (typos, another interview kit), the stage, interview and
 * application ids it found, the rejection reasons it took from the application, and hints.
 *
 * <p>JSON: {@code {"vendor", "unmapped": [{"kind", "name", "count"}], "ignored": [{"path", "reason"}],
 * "unusedMappings", "stages", "interviews", "applications", "rejectionReasons", "hints"}}. Nothing in a report
 * repeats notes or answers.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param vendor the vendor id, such as {@code greenhouse}
 * @param unmapped the names the mapping does not map, in the order first met
 * @param ignored the values read past on purpose, in payload order
 * @param unusedMappings the mapping's criteria, rejection-reason and ignored names that matched nothing
 * @param stages the stage (Greenhouse interview step) ids found
 * @param interviews the interview ids found (Lever's {@code "interview"}, Ashby's {@code "interviewId"})
 * @param applications the application ids found (Greenhouse's {@code "application_id"}, Ashby's {@code "applicationId"}, the
 *     application given)
 * @param rejectionReasons the rejection-reason ids taken from the application, after the mapping
 * @param hints advice on what else to import, such as where the vendor keeps rejection reasons
 */
@JsonPropertyOrder({
    "vendor",
    "unmapped",
    "ignored",
    "unusedMappings",
    "stages",
    "interviews",
    "applications",
    "rejectionReasons",
    "hints"
})
public record ImportReport(
        String vendor,
        List<UnmappedName> unmapped,
        List<IgnoredValue> ignored,
        List<String> unusedMappings,
        List<String> stages,
        List<String> interviews,
        List<String> applications,
        List<String> rejectionReasons,
        List<String> hints) {

    /** Copies the lists. */
    public ImportReport {
        unmapped = List.copyOf(unmapped);
        ignored = List.copyOf(ignored);
        unusedMappings = List.copyOf(unusedMappings);
        stages = List.copyOf(stages);
        interviews = List.copyOf(interviews);
        applications = List.copyOf(applications);
        rejectionReasons = List.copyOf(rejectionReasons);
        hints = List.copyOf(hints);
    }

    /** Whether the import met any vendor name the mapping does not map. */
    @JsonIgnore
    public boolean hasUnmapped() {
        return !unmapped.isEmpty();
    }

    /** The unmapped names as one line: {@code Communication (attribute), Adaptable (attribute)}; empty if none. */
    @JsonIgnore
    public String unmappedSummary() {
        return unmapped.stream()
                .map(u -> u.name() + " (" + u.kind() + (u.count() > 1 ? " ×" + u.count() : "") + ")")
                .collect(Collectors.joining(", "));
    }

    /** The report as pretty-printed JSON. */
    public String toJson() {
        return HiringJson.write(this);
    }
}
