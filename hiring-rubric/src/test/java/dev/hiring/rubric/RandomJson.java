package dev.hiring.rubric;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Random JSON text built from given keys and scalar literals: nested arrays and objects (no repeated key in an
 * object) up to depth 4, so robustness properties reach deep into a reader's expected shape.
 */
public final class RandomJson {
    private RandomJson() {}

    /** JSON values of at most {@code maxItems} elements per array or object. */
    public static Gen<String> of(List<String> keys, List<String> scalars, int maxItems) {
        return in -> value(in, 0, keys, scalars, maxItems);
    }

    private static String value(RandomnessSource in, int depth, List<String> keys, List<String> scalars, int max) {
        int kind = integers().between(0, depth >= 4 ? 0 : 2).generate(in);
        if (kind == 0) {
            return Generate.pick(scalars).generate(in);
        }
        int n = integers().between(0, max).generate(in);
        StringBuilder sb = new StringBuilder(kind == 1 ? "[" : "{");
        Set<String> used = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (kind == 1) {
                sb.append(i > 0 ? "," : "").append(value(in, depth + 1, keys, scalars, max));
            } else {
                String k = Generate.pick(keys).generate(in);
                if (used.add(k)) {
                    sb.append(used.size() > 1 ? "," : "")
                            .append('"')
                            .append(k)
                            .append("\":")
                            .append(value(in, depth + 1, keys, scalars, max));
                }
            }
        }
        return sb.append(kind == 1 ? "]" : "}").toString();
    }
}
