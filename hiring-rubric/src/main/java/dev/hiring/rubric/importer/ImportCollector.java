package dev.hiring.rubric.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Collects what an import left out and found, for the {@link ImportReport}. */
final class ImportCollector {
    /** Kind, NUL, name → [kind, name, count], in the order first met. */
    final Map<String, Object[]> unmappedCounts = new LinkedHashMap<>();

    final List<IgnoredValue> ignored = new ArrayList<>();
    final java.util.Set<String> used = new java.util.HashSet<>();
    final java.util.Set<String> stages = new java.util.LinkedHashSet<>();
    final java.util.Set<String> interviews = new java.util.LinkedHashSet<>();
    final java.util.Set<String> applications = new java.util.LinkedHashSet<>();
    final List<String> rejectionReasons = new ArrayList<>();
    final List<String> hints = new ArrayList<>();
    boolean applicationRead;
    /** The names already counted in the current payload. */
    final java.util.Set<String> seen = new java.util.HashSet<>();

    void unmapped(String kind, String name) {
        unmappedCounts.merge(kind + "\u0000" + name, new Object[] {kind, name, 1}, (a, b) ->
                new Object[] {a[0], a[1], (int) a[2] + 1});
    }

    void found(java.util.Set<String> ids, @Nullable String id) {
        if (id != null) {
            ids.add(id);
        }
    }

    ImportReport build(AtsVendor vendor, AtsMapping mapping) {
        List<UnmappedName> unmapped = new ArrayList<>();
        for (Object[] u : unmappedCounts.values()) {
            unmapped.add(new UnmappedName((String) u[0], (String) u[1], (int) u[2]));
        }
        List<String> unused = new ArrayList<>();
        for (String k : mapping.criteria().keySet()) {
            if (!used.contains(AtsMapping.key(k))) {
                unused.add(ImportSession.shorten(k));
            }
        }
        for (String k : mapping.rejectionReasons().keySet()) {
            if (applicationRead && !used.contains(AtsMapping.key(k))) {
                unused.add(ImportSession.shorten(k));
            }
        }
        for (String k : mapping.ignored()) {
            if (!used.contains(AtsMapping.key(k))) {
                unused.add(ImportSession.shorten(k));
            }
        }
        return new ImportReport(
                vendor.id(),
                unmapped,
                ignored,
                unused,
                List.copyOf(stages),
                List.copyOf(interviews),
                List.copyOf(applications),
                rejectionReasons,
                hints);
    }
}
