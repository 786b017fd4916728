package dev.hiring.rubric;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A rejection reason and how many interviewers gave it, for {@link Decision#rejectionReasons()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the hiring-core {@code RejectionReason} id
 * @param count the number of distinct interviewers who gave it, plus one if the evaluation itself gives it (an ATS
 *     application's reason); at least 1
 */
@JsonPropertyOrder({"id", "count"})
public record ReasonCount(String id, int count) {}
