package dev.hiring.analytics.agreement;

import org.jspecify.annotations.Nullable;

/**
 * Fleiss' kappa for one category (Fleiss 1971, eq. 20–21): κ_j = 1 − Σ_i n_ij (n − n_ij) / (N n (n − 1) p_j q_j).
 *
 * @param category the category label
 * @param proportion p_j, the share of all assignments that went to the category
 * @param kappa κ_j, or {@code null} when undefined (the category was never or always used, p_j q_j = 0)
 */
public record CategoryKappa(
        String category, double proportion, @Nullable Double kappa) {}
