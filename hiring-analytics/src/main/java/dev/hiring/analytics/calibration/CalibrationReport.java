package dev.hiring.analytics.calibration;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The calibration of a panel of interviewers.
 *
 * @param minimumHistory H, the number of ratings below which an interviewer's mean is shrunk toward the pool
 * @param sigma which standard deviation the z-scores use: always {@code sample} (divisor n − 1)
 * @param criteria the pool per criterion, sorted by criterion id
 * @param interviewers one entry per interviewer and criterion, sorted by interviewer then criterion
 * @param recommendations recommendation agreement per interviewer, sorted by interviewer
 */
@JsonPropertyOrder({"minimumHistory", "sigma", "criteria", "interviewers", "recommendations"})
public record CalibrationReport(
        int minimumHistory,
        String sigma,
        List<CriterionPool> criteria,
        List<InterviewerCalibration> interviewers,
        List<RecommendationAgreement> recommendations) {
    /** Copies the lists. */
    public CalibrationReport {
        criteria = List.copyOf(criteria);
        interviewers = List.copyOf(interviewers);
        recommendations = List.copyOf(recommendations);
    }
}
