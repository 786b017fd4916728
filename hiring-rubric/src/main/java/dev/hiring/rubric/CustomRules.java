package dev.hiring.rubric;

import dev.hiring.core.HiringException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** The {@link CustomRule}s on the class path, found once through {@link ServiceLoader}. */
final class CustomRules {
    private CustomRules() {}

    /** By id, then version. */
    private static volatile @Nullable Map<String, Map<Integer, CustomRule>> found;

    /** The implementation of this id and version. */
    static CustomRule find(String path, String id, int version) {
        Map<Integer, CustomRule> versions = all().get(id);
        CustomRule rule = versions == null ? null : versions.get(version);
        if (rule != null) {
            return rule;
        }
        String message = versions == null
                ? "custom rule '" + id + "' version " + version + " is not on the class path (no CustomRule"
                        + " implementation with this id is registered through ServiceLoader; add the module or jar"
                        + " that provides it)"
                : "custom rule '" + id + "' version " + version + " is not on the class path (found version "
                        + new TreeSet<>(versions.keySet()) + ")";
        throw new UnknownCustomRuleException(path, id, version, message);
    }

    /**
     * Adds a rule as if it were registered through {@link ServiceLoader}; for this package's tests, whose class path
     * registrations a named module does not see.
     */
    static synchronized void register(CustomRule rule) {
        Map<String, Map<Integer, CustomRule>> copy = new HashMap<>();
        all().forEach((id, versions) -> copy.put(id, new HashMap<>(versions)));
        copy.computeIfAbsent(rule.id(), k -> new HashMap<>()).put(rule.version(), rule);
        found = copy;
    }

    private static Map<String, Map<Integer, CustomRule>> all() {
        Map<String, Map<Integer, CustomRule>> f = found;
        if (f == null) {
            synchronized (CustomRules.class) {
                f = found;
                if (f == null) {
                    f = load();
                    found = f;
                }
            }
        }
        return f;
    }

    private static Map<String, Map<Integer, CustomRule>> load() {
        Map<String, Map<Integer, CustomRule>> byId = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (CustomRule rule : ServiceLoader.load(CustomRule.class)) {
            CustomRule earlier =
                    byId.computeIfAbsent(rule.id(), k -> new HashMap<>()).putIfAbsent(rule.version(), rule);
            if (earlier != null && earlier.getClass() != rule.getClass()) {
                clashes.add("'" + rule.id() + "' version " + rule.version() + " ("
                        + earlier.getClass().getName() + ", " + rule.getClass().getName() + ")");
            }
        }
        if (!clashes.isEmpty()) {
            throw new HiringException(
                    "two CustomRule implementations share an id and version: " + String.join("; ", clashes));
        }
        return byId;
    }
}
