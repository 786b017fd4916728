package dev.hiring.rubric;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Which policy made a {@link Decision}: its id, version and content hash, so a decision can be traced to the exact
 * policy text.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the policy id
 * @param version the policy version
 * @param hash {@code sha256:} followed by the lower-case hex SHA-256 of the policy's canonical JSON
 */
@JsonPropertyOrder({"id", "version", "hash"})
public record PolicyRef(String id, int version, String hash) {}
