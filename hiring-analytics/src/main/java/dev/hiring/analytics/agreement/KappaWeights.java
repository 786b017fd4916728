package dev.hiring.analytics.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.hiring.core.HiringException;
import java.util.Locale;

/**
 * Agreement weights of Cohen's weighted kappa (Cohen 1968) over k declared categories at positions i, j = 0..k−1:
 * w_ij = 1 − d_ij with d_ij = 0/1 ({@link #NONE}), |i − j|/(k − 1) ({@link #LINEAR}) or (i − j)²/(k − 1)²
 * ({@link #QUADRATIC}). In JSON and on the command line the lower-case name.
 */
public enum KappaWeights {
    /** Unweighted: only identical categories agree. */
    NONE,
    /** Linear disagreement weights |i − j|/(k − 1). */
    LINEAR,
    /** Quadratic disagreement weights (i − j)²/(k − 1)². */
    QUADRATIC;

    /** The lower-case name used in JSON and on the command line. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The agreement weight of positions {@code i} and {@code j} among {@code k} categories. */
    public double agreement(int i, int j, int k) {
        if (i == j) {
            return 1.0;
        }
        double d = Math.abs(i - j) / (double) (k - 1);
        return switch (this) {
            case NONE -> 0.0;
            case LINEAR -> 1.0 - d;
            case QUADRATIC -> 1.0 - d * d;
        };
    }

    /**
     * Parses weights from their name, in any case.
     *
     * @throws HiringException if {@code text} names no weights
     */
    @JsonCreator
    public static KappaWeights parse(String text) {
        for (KappaWeights w : values()) {
            if (w.name().equalsIgnoreCase(text.trim())) {
                return w;
            }
        }
        throw new HiringException("weights must be one of none, linear, quadratic");
    }
}
