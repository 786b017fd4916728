package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A closed pay band: currency, minimum, maximum and period, such as EUR 85,000–105,000 per year. The guide asks
 * not to be ambiguous about the compensation band; pay-transparency laws ask for a closed range.
 *
 * <p>Invariants, checked when built: the currency is an ISO 4217 code, both bounds are greater than zero and below
 * 10<sup>12</sup>, with at most 20 decimal places, and {@code min <= max}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCompensationBand.class)
@JsonDeserialize(as = ImmutableCompensationBand.class)
public abstract class CompensationBand {
    /** Bounds must be below this (10^12), which also keeps exponent-notation input harmless. */
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(12);

    /**
     * The most decimal places a bound may have. Keeps arithmetic on bounds ({@link #spread()}) cheap: a bound such
     * as {@code 1E-999999999} would otherwise be accepted and make a subtraction build a billion-digit number.
     */
    private static final int MAX_SCALE = 20;

    CompensationBand() {}

    /** The ISO 4217 currency code, such as {@code EUR}. */
    public abstract String currency();

    /** The lower bound, greater than zero. */
    public abstract BigDecimal min();

    /** The upper bound, at least {@link #min()}. */
    public abstract BigDecimal max();

    /** The period both bounds refer to. */
    public abstract PayPeriod period();

    /**
     * Returns a band.
     *
     * @throws InvalidHiringDataException if the currency is unknown, a bound is not positive, or min exceeds max
     */
    public static CompensationBand of(String currency, BigDecimal min, BigDecimal max, PayPeriod period) {
        return ImmutableCompensationBand.builder()
                .currency(currency)
                .min(min)
                .max(max)
                .period(period)
                .build();
    }

    /** Returns a band with whole-number bounds; see {@link #of(String, BigDecimal, BigDecimal, PayPeriod)}. */
    public static CompensationBand of(String currency, long min, long max, PayPeriod period) {
        return of(currency, BigDecimal.valueOf(min), BigDecimal.valueOf(max), period);
    }

    /** Returns a copy with another minimum; the other attributes are kept. */
    public abstract CompensationBand withMin(BigDecimal min);

    /** Returns a copy with another maximum; the other attributes are kept. */
    public abstract CompensationBand withMax(BigDecimal max);

    /** The spread, {@code max - min}. */
    public final BigDecimal spread() {
        return max().subtract(min());
    }

    @Value.Check
    final void check() {
        Violations.of("CompensationBand")
                .require(
                        isIsoCurrency(currency()),
                        "currency",
                        "must be an ISO 4217 code like EUR or USD, was '%s'",
                        currency().length() <= 8 ? currency() : currency().substring(0, 8) + "…")
                .require(min().signum() > 0, "min", "must be greater than 0, was %s", min().toString())
                .require(max().signum() > 0, "max", "must be greater than 0, was %s", max().toString())
                .require(max().compareTo(LIMIT) < 0, "max", "must be less than 10^12")
                .require(min().scale() <= MAX_SCALE, "min", "must have at most %d decimal places", MAX_SCALE)
                .require(max().scale() <= MAX_SCALE, "max", "must have at most %d decimal places", MAX_SCALE)
                .require(
                        min().compareTo(max()) <= 0,
                        "min",
                        "must not exceed max, was %s > %s",
                        min().toString(),
                        max().toString())
                .throwIfAny();
    }

    private static boolean isIsoCurrency(String code) {
        if (code.length() != 3 || !code.equals(code.toUpperCase(Locale.ROOT))) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
