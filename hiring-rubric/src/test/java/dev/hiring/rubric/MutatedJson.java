package dev.hiring.rubric;

import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Valid JSON documents with one small random mutation each: a property removed or renamed, a value replaced by
 * another scalar, an array element removed or duplicated, a number moved by one, or (one time in eight) no change at
 * all. Unlike fully random JSON, most of a mutated document still has the reader's shape, so a robustness property
 * reaches the checks behind the first field, and a known share of the documents is still valid.
 */
public final class MutatedJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MutatedJson() {}

    /** Mutations of the documents {@code valid} generates, with replacement keys and scalar literals. */
    public static Gen<String> of(Gen<String> valid, List<String> keys, List<String> scalars) {
        return in -> mutate(valid.generate(in), in, keys, scalars);
    }

    static String mutate(String json, RandomnessSource in, List<String> keys, List<String> scalars) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid JSON document to mutate", e);
        }
        int kind = integers().between(0, 7).generate(in);
        if (kind == 7) {
            return root.toString();
        }
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target =
                containers.get(integers().between(0, containers.size() - 1).generate(in));
        if (target instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(integers().between(0, names.size() - 1).generate(in));
            switch (kind % 4) {
                case 0 -> o.remove(name);
                case 1 -> o.set(name, scalar(in, scalars));
                case 2 -> {
                    JsonNode v = o.remove(name);
                    o.set(Generate.pick(keys).generate(in), v);
                }
                default -> nudge(o, name, o.get(name));
            }
        } else if (target instanceof ArrayNode a && a.size() > 0) {
            int i = integers().between(0, a.size() - 1).generate(in);
            switch (kind % 3) {
                case 0 -> a.remove(i);
                case 1 -> a.insert(i, a.get(i).deepCopy());
                default -> a.set(i, scalar(in, scalars));
            }
        }
        return root.toString();
    }

    private static void nudge(ObjectNode o, String name, JsonNode v) {
        if (v.isIntegralNumber()) {
            o.put(name, v.longValue() + 1);
        } else if (v.isNumber()) {
            o.put(name, v.doubleValue() - 1);
        } else if (v.isTextual()) {
            o.put(name, v.textValue() + "x");
        } else {
            o.remove(name);
        }
    }

    private static JsonNode scalar(RandomnessSource in, List<String> scalars) {
        try {
            return MAPPER.readTree(Generate.pick(scalars).generate(in));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON scalar", e);
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode() && n.size() > 0) {
            out.add(n);
        }
        for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
            collect(it.next(), out);
        }
    }
}
