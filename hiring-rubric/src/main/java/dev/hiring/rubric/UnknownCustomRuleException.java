package dev.hiring.rubric;

import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.Violation;
import java.util.List;

/**
 * A policy names a {@link CustomRule} (id and version) that no implementation on the class path provides: the
 * module or jar that registers it is missing, or it provides another version. The message names the id, the version
 * and the versions found.
 */
public class UnknownCustomRuleException extends InvalidHiringDataException {
    private static final long serialVersionUID = 1L;

    /** The id of the custom rule that is not on the class path. */
    private final String ruleId;

    /** The version the policy asks for. */
    private final int version;

    /**
     * Creates the exception.
     *
     * @param path where the policy names the rule, such as {@code $.rules[4].rule}
     * @param ruleId the rule's id
     * @param version the version the policy asks for
     * @param message what was found instead
     */
    public UnknownCustomRuleException(String path, String ruleId, int version, String message) {
        super("DecisionPolicy", List.of(new Violation(path, message)));
        this.ruleId = ruleId;
        this.version = version;
    }

    /** The id of the custom rule that is not on the class path. */
    public String ruleId() {
        return ruleId;
    }

    /** The version the policy asks for. */
    public int version() {
        return version;
    }
}
