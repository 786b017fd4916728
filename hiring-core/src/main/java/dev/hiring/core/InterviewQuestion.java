package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * An interview question with what a good answer contains and the rubric criteria it informs.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInterviewQuestion.class)
@JsonDeserialize(as = ImmutableInterviewQuestion.class)
public abstract class InterviewQuestion {
    InterviewQuestion() {}

    /** A stable kebab-case id, such as {@code orders-service-design}. */
    public abstract String id();

    /** The question as asked. */
    public abstract String prompt();

    /** What a good answer contains, one point per element; at least one. */
    public abstract List<String> lookFor();

    /** The ids of the {@link RubricCriterion rubric criteria} the answer informs; at least one. */
    public abstract List<String> criteria();

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final void check() {
        Violations v = Violations.of("InterviewQuestion")
                .id(id(), "id")
                .notBlank(prompt(), "prompt")
                .require(!lookFor().isEmpty(), "lookFor", "must have at least one point")
                .noBlankElements(lookFor(), "lookFor")
                .require(!criteria().isEmpty(), "criteria", "must name at least one criterion");
        for (int i = 0; i < criteria().size(); i++) {
            v.id(criteria().get(i), "criteria[" + i + "]");
        }
        v.throwIfAny();
    }

    /** Builds an {@link InterviewQuestion}. */
    public static final class Builder extends ImmutableInterviewQuestion.Builder {
        Builder() {}
    }
}
