package dev.hiring.analytics.internal;

/** Number parsing without exceptions on the hot path and without regular expressions. */
public final class Numbers {
    private Numbers() {}

    /**
     * Parses a finite decimal number ({@code 3}, {@code -2.5}, {@code 1e3}); returns NaN for anything else,
     * including the empty string, {@code NaN} and infinities. Linear in the length of the text.
     */
    public static double parseOrNaN(String s) {
        int n = s.length();
        if (n == 0 || n > 64) {
            return Double.NaN;
        }
        // Fast path for plain integers, the common case for ratings and counts.
        int i = 0;
        boolean neg = false;
        char c0 = s.charAt(0);
        if (c0 == '-' || c0 == '+') {
            neg = c0 == '-';
            i = 1;
            if (n == 1) {
                return Double.NaN;
            }
        }
        if (n - i <= 15) {
            long v = 0;
            int j = i;
            while (j < n) {
                char c = s.charAt(j);
                if (c < '0' || c > '9') {
                    break;
                }
                v = v * 10 + (c - '0');
                j++;
            }
            if (j == n) {
                return neg ? -v : v;
            }
        }
        for (int j = i; j < n; j++) {
            char c = s.charAt(j);
            boolean ok = (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+';
            if (!ok) {
                return Double.NaN;
            }
        }
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
