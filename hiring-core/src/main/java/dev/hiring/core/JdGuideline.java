package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One row of the guide's "Job Description Do's and Don'ts" table: what to do and what not to do. The job
 * description linter refers to these rows by id in every finding.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableJdGuideline.class)
@JsonDeserialize(as = ImmutableJdGuideline.class)
public abstract class JdGuideline {
    JdGuideline() {}

    /** A stable kebab-case id, such as {@code responsibilities}. */
    public abstract String id();

    /** The "do" column, such as "List 3–5 core responsibilities". */
    public abstract String recommendation();

    /** The "don't" column, such as "Use an exhaustive laundry list of every possible tech stack". */
    public abstract String antiPattern();

    /** Returns a guideline. */
    public static JdGuideline of(String id, String recommendation, String antiPattern) {
        return ImmutableJdGuideline.builder()
                .id(id)
                .recommendation(recommendation)
                .antiPattern(antiPattern)
                .build();
    }

    @Value.Check
    final void check() {
        Violations.of("JdGuideline")
                .id(id(), "id")
                .notBlank(recommendation(), "recommendation")
                .notBlank(antiPattern(), "antiPattern")
                .throwIfAny();
    }
}
