package dev.hiring.rubric.importer;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.hiring.rubric.CandidateEvaluation;

/**
 * An imported evaluation with the report of how it was imported ({@link AtsImporter#readWithReport(String)}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param evaluation the evaluation, ready to decide
 * @param report what the import mapped, left out and found
 */
@JsonPropertyOrder({"evaluation", "report"})
public record ImportResult(CandidateEvaluation evaluation, ImportReport report) {}
