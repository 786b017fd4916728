package dev.hiring.rubric;

import dev.hiring.core.HiringException;
import dev.hiring.core.HiringGuide;
import dev.hiring.core.guide.GuideRegistry;
import dev.hiring.core.json.HiringJson;
import dev.hiring.core.text.Utf8Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decision policies by id: the built-in policies ({@link #builtIn()}) plus policies a company registers ({@link
 * #with(DecisionPolicy)}), loads from policy JSON files ({@link #load(Path)}) or derives from its own guides
 * ({@link #withGuide(HiringGuide)}, {@link HiringPolicies#fromGuide(HiringGuide)}).
 *
 * <pre>{@code
 * GuideRegistry guides = GuideRegistry.builtIn().load(Path.of("guides/data-engineer.json"));
 * PolicyRegistry policies = PolicyRegistry.builtIn().withGuide(guides.get("data-engineer"));
 * Decision d = policies.get(evaluation.getRole()).decide(evaluation);
 * }</pre>
 *
 * <p>A policy's id is the role it decides ({@link DecisionPolicy#requireDecidable}), and a policy derived from a
 * guide has the guide's id, so {@link #get(String)} with an evaluation's role finds the policy for that role. There
 * is no default policy: an unknown id is an {@link UnknownPolicyException} naming it and the known ids. Nothing is
 * global: {@code with}, {@code withGuide} and {@code load} return a new registry and leave this one unchanged.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyRegistry {
    private static final PolicyRegistry EMPTY = new PolicyRegistry(Map.of());

    /** Policies by id, in the order registered. */
    private final Map<String, DecisionPolicy> policies;

    private PolicyRegistry(Map<String, DecisionPolicy> policies) {
        this.policies = policies;
    }

    /** A registry with no policy. */
    public static PolicyRegistry empty() {
        return EMPTY;
    }

    /** A registry of the built-in policies ({@link HiringPolicies#seniorBackendEngineer()}). */
    public static PolicyRegistry builtIn() {
        return BuiltIn.REGISTRY;
    }

    /**
     * A registry of the policy of each guide ({@link HiringPolicies#fromGuide(HiringGuide)}), in the guides' order.
     * {@code fromGuides(GuideRegistry.builtIn())} equals {@link #builtIn()}.
     */
    public static PolicyRegistry fromGuides(GuideRegistry guides) {
        PolicyRegistry r = EMPTY;
        for (HiringGuide g : guides.all()) {
            r = r.withGuide(g);
        }
        return r;
    }

    /**
     * A new registry with this policy added after the others.
     *
     * @throws HiringException if this registry already holds a policy with the same id (the message names it)
     */
    public PolicyRegistry with(DecisionPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        if (policies.containsKey(policy.id())) {
            throw new HiringException("a policy with id '" + policy.id() + "' is already registered");
        }
        Map<String, DecisionPolicy> copy = new LinkedHashMap<>(policies);
        copy.put(policy.id(), policy);
        return new PolicyRegistry(Collections.unmodifiableMap(copy));
    }

    /**
     * A new registry with the policy of this guide added: {@link HiringPolicies#fromGuide(HiringGuide)}, whose id
     * is the guide's.
     *
     * @throws HiringException if this registry already holds a policy with the guide's id
     */
    public PolicyRegistry withGuide(HiringGuide guide) {
        return with(HiringPolicies.fromGuide(guide));
    }

    /**
     * A new registry with the policy of this JSON file added; see {@link #read(Path)}.
     *
     * @throws HiringException naming the file if it is missing, malformed or invalid, or if its id is already
     *     registered
     */
    public PolicyRegistry load(Path file) {
        return with(read(file));
    }

    /**
     * A new registry with the policy read from this UTF-8 JSON stream added; see {@link #read(InputStream)}.
     *
     * @throws HiringException if the JSON is malformed or the policy invalid, or if its id is already registered
     */
    public PolicyRegistry load(InputStream json) {
        return with(read(json));
    }

    /** The policy with this id, if this registry holds one. */
    public Optional<DecisionPolicy> find(String id) {
        return Optional.ofNullable(policies.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * The policy with this id.
     *
     * @throws UnknownPolicyException naming the id and the known ids if this registry holds none
     */
    public DecisionPolicy get(String id) {
        DecisionPolicy p = policies.get(Objects.requireNonNull(id, "id"));
        if (p == null) {
            throw new UnknownPolicyException(id, ids());
        }
        return p;
    }

    /** Whether this registry holds a policy with this id. */
    public boolean contains(String id) {
        return policies.containsKey(id);
    }

    /** The ids, in the order registered. */
    public List<String> ids() {
        return List.copyOf(policies.keySet());
    }

    /** The policies, in the order registered. */
    public List<DecisionPolicy> all() {
        return List.copyOf(policies.values());
    }

    /**
     * Reads one policy from a JSON file ({@link DecisionPolicy#parse(String)}: strict UTF-8, checked).
     *
     * @throws HiringException whose message starts with the file name if the file is missing, not UTF-8, malformed
     *     (cause: {@link dev.hiring.core.HiringParseException}) or invalid (cause: {@link
     *     dev.hiring.core.InvalidHiringDataException}); never quoting the file's text
     * @throws UncheckedIOException if the file exists but cannot be read
     */
    public static DecisionPolicy read(Path file) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        String shown = name == null ? file.toString() : name.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (NoSuchFileException e) {
            throw new HiringException(shown + ": no such policy file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (HiringException e) {
            throw new HiringException(shown + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads one policy from UTF-8 JSON ({@link DecisionPolicy#parse(String)}). The stream is not closed.
     *
     * @throws HiringException if the stream is longer than a JSON document may be or not UTF-8
     * @throws dev.hiring.core.HiringParseException if the JSON is malformed or not of a policy's shape
     * @throws dev.hiring.core.InvalidHiringDataException listing every violation if the policy is invalid
     */
    public static DecisionPolicy read(InputStream json) {
        Objects.requireNonNull(json, "json");
        int max = (int) Math.min(Integer.MAX_VALUE - 16, 3 * HiringJson.MAX_DOCUMENT_LENGTH);
        return DecisionPolicy.parse(Utf8Text.read(json, max, "policy"));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof PolicyRegistry r
                && r.policies.equals(policies)
                && r.ids().equals(ids());
    }

    @Override
    public int hashCode() {
        return policies.hashCode();
    }

    @Override
    public String toString() {
        return "PolicyRegistry" + new ArrayList<>(policies.keySet());
    }

    /** Lazy holder: the built-in policies are built on first use. */
    private static final class BuiltIn {
        static final PolicyRegistry REGISTRY = EMPTY.with(HiringPolicies.seniorBackendEngineer());
    }
}
