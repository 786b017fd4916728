package dev.hiring.analytics.impact;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The impact-ratio tables a NYC Local Law 144 bias audit publishes (6 RCNY § 5-301): by sex, by race/ethnicity
 * and by their intersection (EEO-1 Component 1 categories), each with its own count of individuals of unknown
 * category.
 *
 * @param rate selection or scoring rate
 * @param individuals the number of individuals assessed
 * @param sex the table by sex
 * @param raceEthnicity the table by race/ethnicity
 * @param intersectional the table by sex × race/ethnicity
 */
@JsonPropertyOrder({"rate", "individuals", "sex", "raceEthnicity", "intersectional"})
public record Ll144Report(
        RateKind rate, long individuals, ImpactReport sex, ImpactReport raceEthnicity, ImpactReport intersectional) {}
