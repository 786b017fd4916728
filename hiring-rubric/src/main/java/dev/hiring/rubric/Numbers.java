package dev.hiring.rubric;

/** Formats numbers for rule details: two decimals, locale-independent, without {@code String.format}. */
final class Numbers {
    private Numbers() {}

    /** Formats {@code x} rounded half-up to two decimals, such as {@code 2.35} or {@code -0.50}. */
    static String format(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        long hundredths = Math.round(Math.abs(x) * 100);
        StringBuilder sb = new StringBuilder(8);
        if (x < 0 && hundredths != 0) {
            sb.append('-');
        }
        sb.append(hundredths / 100).append('.');
        long frac = hundredths % 100;
        if (frac < 10) {
            sb.append('0');
        }
        return sb.append(frac).toString();
    }
}
