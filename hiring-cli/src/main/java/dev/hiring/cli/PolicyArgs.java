package dev.hiring.cli;

import dev.hiring.core.HiringException;
import dev.hiring.core.HiringGuide;
import dev.hiring.core.guide.GuideRegistry;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.PolicyRegistry;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the {@code --policy} and {@code --guide} arguments of a command: a policy by id among the built-in
 * policies and the policy of the {@code --guide} file, or a policy JSON file.
 */
final class PolicyArgs {
    private PolicyArgs() {}

    /** What the arguments name: the policy, and the guides known (the built-in ones plus {@code --guide}'s). */
    record Resolved(DecisionPolicy policy, GuideRegistry guides) {
        /** The guide of the policy (the guide whose id is the policy's), if known. */
        Optional<HiringGuide> guide() {
            return guides.find(policy.id());
        }
    }

    /** {@link #resolve(String, String)} without a guide file. */
    static DecisionPolicy resolve(@Nullable String nameOrFile) {
        return resolve(nameOrFile, null).policy();
    }

    /**
     * The policy the arguments name. With neither, the built-in {@value HiringPolicies#SENIOR_BACKEND_ENGINEER}
     * (the documented default of the commands); with {@code --guide FILE} only, that guide's policy ({@link
     * HiringPolicies#fromGuide(dev.hiring.core.HiringGuide)}); with {@code --policy}, the policy of that id among
     * the built-in ones and the guide's, else the policy file of that name. With both, the policy must be the
     * guide's (same id): a guide and a policy for different roles are an error, never one silently chosen.
     *
     * @throws HiringException if a name is neither a known id nor a file (the message lists the known ids), a file
     *     is invalid (the message names it), or the policy is not the guide's
     */
    static Resolved resolve(@Nullable String nameOrFile, @Nullable String guideFile) {
        HiringGuide own = guideFile == null ? null : GuideArgs.read(guideFile);
        GuideRegistry guides =
                own == null ? GuideRegistry.builtIn() : GuideRegistry.builtIn().with(own);
        PolicyRegistry policies = PolicyRegistry.fromGuides(guides);
        DecisionPolicy p;
        if (nameOrFile == null) {
            p = policies.get(own == null ? HiringPolicies.SENIOR_BACKEND_ENGINEER : own.id());
        } else {
            Optional<DecisionPolicy> known = policies.find(nameOrFile);
            if (known.isPresent()) {
                p = known.get();
            } else {
                if (!nameOrFile.equals("-") && !java.nio.file.Files.exists(java.nio.file.Path.of(nameOrFile))) {
                    throw new HiringException("no built-in policy or policy file named '" + shorten(nameOrFile)
                            + "' (known: " + String.join(", ", policies.ids()) + ")");
                }
                p = CliInput.read(nameOrFile, DecisionPolicy::parse);
            }
        }
        if (own != null && !own.id().equals(p.id())) {
            throw new HiringException("policy '" + shorten(p.id()) + "' is not the policy of guide '" + own.id()
                    + "' (--guide): a policy decides the role of its id; use --policy " + own.id()
                    + " or a policy file with that id");
        }
        return new Resolved(p, guides);
    }

    static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
