package dev.hiring.rubric.importer;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A value in a vendor payload that an import read past on purpose, with why: free text (notes, answers), a field
 * that is not a score, a rating left unrated, a name the mapping lists as ignored. The value itself is never
 * repeated.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param path the JSON path of the value, such as {@code $.questions[0].answer}
 * @param reason why it was not imported
 */
@JsonPropertyOrder({"path", "reason"})
public record IgnoredValue(String path, String reason) {}
