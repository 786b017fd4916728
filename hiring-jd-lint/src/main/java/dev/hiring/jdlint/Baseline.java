package dev.hiring.jdlint;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.hiring.core.HiringException;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.core.json.HiringJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accepted findings, by file path and fingerprint: findings in the baseline are not reported again. Fingerprints
 * depend on the rule, the message and the matched text (and its occurrence number), not on line numbers, so
 * edits elsewhere in a file keep the baseline valid.
 *
 * <pre>{@code {"version":1,"files":{"jd/backend.md":["3f2a…","9c01…"]}}}</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Baseline {
    /** The JSON form. */
    @JsonPropertyOrder({"version", "files"})
    record Json(int version, Map<String, List<String>> files) {}

    private final Map<String, java.util.Set<String>> accepted;

    private Baseline(Map<String, java.util.Set<String>> accepted) {
        this.accepted = accepted;
    }

    /** The empty baseline. */
    public static Baseline empty() {
        return new Baseline(Map.of());
    }

    /** A baseline accepting every finding of the given files. */
    public static Baseline of(List<FileResult> files) {
        Map<String, java.util.Set<String>> m = new TreeMap<>();
        for (FileResult f : files) {
            java.util.Set<String> s = m.computeIfAbsent(f.path(), k -> new TreeSet<>());
            for (Finding x : f.report().findings()) {
                s.add(x.fingerprint());
            }
        }
        return new Baseline(m);
    }

    /**
     * Parses a baseline file.
     *
     * @throws HiringException if the text is not a baseline
     * @throws NullPointerException if {@code json} is null
     */
    public static Baseline parse(String json) {
        java.util.Objects.requireNonNull(json, "json");
        Json j;
        try {
            j = HiringJackson.mapper().readValue(json, new TypeReference<Json>() {});
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw HiringJackson.translate(e, "Baseline");
        }
        if (j == null || j.version() != 1 || j.files() == null) {
            throw new HiringException("baseline: expected {\"version\":1,\"files\":{path:[fingerprint,…]}}");
        }
        Map<String, java.util.Set<String>> m = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : j.files().entrySet()) {
            List<String> fingerprints = e.getValue() == null ? List.of() : e.getValue();
            if (fingerprints.stream().anyMatch(java.util.Objects::isNull)) {
                throw new HiringException("baseline: a fingerprint is null; expected strings");
            }
            m.put(e.getKey(), new TreeSet<>(fingerprints));
        }
        return new Baseline(m);
    }

    /** The baseline as JSON text (sorted, deterministic). */
    public String toJson() {
        Map<String, List<String>> files = new TreeMap<>();
        for (Map.Entry<String, java.util.Set<String>> e : accepted.entrySet()) {
            files.put(e.getKey(), new ArrayList<>(e.getValue()));
        }
        return HiringJson.write(new Json(1, files));
    }

    /** Whether the finding of that file is accepted. */
    public boolean accepts(String path, Finding f) {
        java.util.Set<String> s = accepted.get(path);
        return s != null && s.contains(f.fingerprint());
    }

    /** The file's result without the accepted findings. */
    public FileResult filter(FileResult f) {
        List<Finding> kept = new ArrayList<>();
        for (Finding x : f.report().findings()) {
            if (!accepts(f.path(), x)) {
                kept.add(x);
            }
        }
        return new FileResult(f.path(), f.report().withFindings(kept));
    }
}
