package dev.hiring.cli;

import dev.hiring.core.HiringException;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.HiringPolicies;
import java.util.Optional;

/** Resolves a {@code --policy} argument: a built-in policy name, or a policy JSON file. */
final class PolicyArgs {
    private PolicyArgs() {}

    /**
     * The built-in policy with this name, or the policy read from the file of this name.
     *
     * @throws HiringException if neither exists or the file holds an invalid policy (the message names the file)
     */
    static DecisionPolicy resolve(String nameOrFile) {
        Optional<DecisionPolicy> builtIn = HiringPolicies.byName(nameOrFile);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        if (!nameOrFile.equals("-") && !java.nio.file.Files.exists(java.nio.file.Path.of(nameOrFile))) {
            throw new HiringException("no built-in policy or policy file named '" + shorten(nameOrFile)
                    + "' (built-in: " + String.join(", ", HiringPolicies.names()) + ")");
        }
        String json = CliInput.readText(nameOrFile);
        try {
            return DecisionPolicy.parse(json);
        } catch (HiringException e) {
            throw new HiringException(CliInput.display(nameOrFile) + ": " + e.getMessage(), e);
        }
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
