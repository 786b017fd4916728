package dev.hiring.analytics.funnel;

import dev.hiring.analytics.internal.CsvRows;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringParseException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Funnel metrics from stage-transition events.
 *
 * <ul>
 *   <li>Cohort pass-through of stage i: advanced_i / (reached_i − pending_i), where reached_i counts candidates
 *       whose furthest stage is i or later, advanced_i those who reached i + 1 and pending_i those still at i
 *       without an outcome (they have not had the chance to fail or pass yet).
 *   <li>Conversion per sourcing channel: hires / candidates, by the source of each candidate's first event (the
 *       guide: "track conversion rates per source").
 *   <li>Time to hire: days from the first event to the hire.
 *   <li>Offer acceptance: accepted / (accepted + declined).
 *   <li>Touchpoints: distinct touchpoint stages attended by each candidate who reached an offer, against the guide's
 *       {@link dev.hiring.core.HiringGuide#minTouchpoints()}..{@link dev.hiring.core.HiringGuide#maxTouchpoints()}
 *       ("3–5 touchpoints from initial screen to offer").
 *   <li>Rejection-reason distribution of the {@code rejected} events.
 * </ul>
 *
 * <p>Memory grows with the number of candidates, not events. This class is stateless and thread-safe.
 */
public final class Funnel {
    /** The longest stage name an error message repeats; a longer cell is described by its length only. */
    private static final int MAX_QUOTED = 64;

    private Funnel() {}

    /** Analyses events given as values. */
    public static FunnelReport analyze(Iterable<StageEvent> events, FunnelOptions options) {
        Acc acc = new Acc(options);
        long n = 0;
        for (StageEvent e : events) {
            n++;
            int stage = acc.stageIndex(e.stage());
            if (stage == Acc.UNKNOWN) {
                throw new HiringException("funnel: event " + n + " has the unknown stage '" + e.stage() + "'");
            }
            acc.add(e.candidate(), stage, e.timestamp(), e.source(), e.reason());
        }
        return acc.report(n);
    }

    /**
     * Reads events from a UTF-8 CSV stream, as {@link #readCsv(Reader, FunnelOptions)} does; the stream is closed.
     *
     * @throws dev.hiring.core.MalformedTextException if the bytes are not valid UTF-8, with the byte offset
     * @throws java.io.UncheckedIOException if reading fails
     */
    public static FunnelReport readCsv(java.io.InputStream in, FunnelOptions options) {
        return readCsv(dev.hiring.core.text.Utf8Text.reader(in, "funnel CSV"), options);
    }

    /**
     * Reads events from a UTF-8 CSV file, as {@link #readCsv(Reader, FunnelOptions)} does.
     *
     * @throws dev.hiring.core.MalformedTextException if the bytes are not valid UTF-8, with the byte offset
     * @throws java.io.UncheckedIOException if reading fails
     */
    public static FunnelReport readCsv(java.nio.file.Path file, FunnelOptions options) {
        return dev.hiring.analytics.internal.CsvFiles.read(file, r -> readCsv(r, options));
    }

    /**
     * Reads events from a CSV with the columns {@code candidate,stage,timestamp,source} and optionally
     * {@code reason}, streaming. Timestamps are ISO-8601 instants ({@code 2026-01-05T10:00:00Z}) or dates
     * ({@code 2026-01-05}, read as midnight UTC).
     *
     * @throws HiringParseException if the CSV is malformed or ragged, a column is missing, a stage is unknown or a
     *     timestamp unreadable; errors name the row and column
     */
    public static FunnelReport readCsv(Reader reader, FunnelOptions options) {
        try (CsvRows csv = CsvRows.open(reader)) {
            int cand = required(csv, "candidate");
            int stage = required(csv, "stage");
            int time = required(csv, "timestamp");
            int source = required(csv, "source");
            int reason = csv.indexOf("reason");
            Acc acc = new Acc(options);
            String[] row;
            long n = 0;
            while ((row = csv.next()) != null) {
                n++;
                if (row[cand].isEmpty()) {
                    throw csv.cellError(cand, "the candidate id is empty");
                }
                int s = acc.stageIndex(row[stage]);
                if (s == Acc.UNKNOWN) {
                    String cell = row[stage];
                    throw csv.cellError(
                            stage,
                            "unknown stage "
                                    + (cell.length() <= MAX_QUOTED
                                            ? "'" + cell + "'"
                                            : "(" + cell.length() + " characters)")
                                    + " (stages: " + String.join(",", options.stages())
                                    + "; outcomes: rejected, withdrawn, offer-declined)");
                }
                Instant t = timestamp(csv, row[time], time);
                acc.add(row[cand], s, t, row[source], reason < 0 ? "" : row[reason]);
            }
            if (n == 0) {
                throw new HiringParseException("CSV has a header but no events", "$", 1, 1);
            }
            return acc.report(n);
        }
    }

    private static int required(CsvRows csv, String column) {
        int i = csv.indexOf(column);
        if (i < 0) {
            throw new HiringParseException(
                    "CSV header has no column '" + column + "' (required: candidate,stage,timestamp,source)",
                    "$",
                    1,
                    1);
        }
        return i;
    }

    private static Instant timestamp(CsvRows csv, String cell, int column) {
        try {
            if (cell.length() == 10) {
                return LocalDate.parse(cell).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (cell.length() > 40) {
                throw csv.cellError(column, "not an ISO-8601 timestamp");
            }
            return Instant.parse(cell);
        } catch (DateTimeParseException e) {
            throw csv.cellError(
                    column,
                    cell.isEmpty() ? "a timestamp is required, the cell is empty" : "not an ISO-8601 timestamp");
        }
    }

    /** Per-candidate state, folded event by event. */
    private static final class Acc {
        static final int UNKNOWN = -100;
        static final int REJECTED = -1;
        static final int WITHDRAWN = -2;
        static final int DECLINED = -3;

        final FunnelOptions options;
        final Map<String, Integer> index = new HashMap<>();
        final long touchMask;
        final int offer;
        final int hired;
        final Map<String, Cand> candidates = new HashMap<>();
        final Map<String, Long> reasons = new HashMap<>();

        Acc(FunnelOptions options) {
            this.options = options;
            long mask = 0;
            for (int i = 0; i < options.stages().size(); i++) {
                String s = options.stages().get(i);
                index.put(s, i);
                if (options.touchpointStages().contains(s)) {
                    mask |= 1L << i;
                }
            }
            touchMask = mask;
            offer = options.stages().indexOf(FunnelOptions.OFFER);
            hired = options.stages().size() - 1;
            index.put(FunnelOptions.REJECTED, REJECTED);
            index.put(FunnelOptions.WITHDRAWN, WITHDRAWN);
            index.put(FunnelOptions.OFFER_DECLINED, DECLINED);
        }

        int stageIndex(String stage) {
            Integer i = index.get(stage);
            return i == null ? UNKNOWN : i;
        }

        void add(String id, int stage, Instant t, String source, String reason) {
            Cand c = candidates.get(id);
            if (c == null) {
                if (candidates.size() >= 10_000_000) {
                    throw new HiringException("funnel: more than 10000000 candidates");
                }
                c = new Cand(t, source);
                candidates.put(id, c);
            } else if (t.isBefore(c.first)) {
                c.first = t;
                c.source = source;
            }
            if (stage >= 0) {
                c.furthest = Math.max(c.furthest, stage);
                c.visited |= 1L << stage;
                if (stage == hired) {
                    c.hiredAt = c.hiredAt == null || t.isBefore(c.hiredAt) ? t : c.hiredAt;
                }
            } else {
                c.ended = true;
                if (stage == DECLINED) {
                    c.declined = true;
                } else if (stage == REJECTED) {
                    reasons.merge(reason.isEmpty() ? "unspecified" : reason, 1L, Long::sum);
                }
            }
        }

        FunnelReport report(long events) {
            int k = options.stages().size();
            long[] reached = new long[k];
            long[] pending = new long[k];
            Map<String, long[]> channels = new TreeMap<>();
            List<Double> hireDays = new ArrayList<>();
            long offers = 0;
            long accepted = 0;
            long declined = 0;
            Map<Integer, Long> touch = new TreeMap<>();
            long touchSum = 0;
            long offerCands = 0;
            long within = 0;
            long below = 0;
            long above = 0;
            for (Cand c : candidates.values()) {
                if (c.furthest < 0) {
                    // Only outcome events: counts as a candidate and for its channel, reaches no stage.
                } else {
                    for (int i = 0; i <= c.furthest; i++) {
                        reached[i]++;
                    }
                    boolean isHired = c.hiredAt != null;
                    if (!c.ended && !isHired && c.furthest < k - 1) {
                        pending[c.furthest]++;
                    }
                }
                String ch = c.source.isEmpty() ? "unknown" : c.source;
                long[] cc = channels.computeIfAbsent(ch, x -> new long[3]);
                cc[0]++;
                boolean reachedOffer = offer >= 0 ? c.furthest >= offer : c.hiredAt != null;
                if (reachedOffer) {
                    cc[1]++;
                    offers++;
                    if (c.hiredAt != null) {
                        accepted++;
                    } else if (c.declined) {
                        declined++;
                    }
                    int tp = Long.bitCount(c.visited & touchMask);
                    touch.merge(tp, 1L, Long::sum);
                    touchSum += tp;
                    offerCands++;
                    if (tp < options.minTouchpoints()) {
                        below++;
                    } else if (tp > options.maxTouchpoints()) {
                        above++;
                    } else {
                        within++;
                    }
                }
                Instant h = c.hiredAt;
                if (h != null) {
                    cc[2]++;
                    hireDays.add((h.toEpochMilli() - c.first.toEpochMilli()) / 86_400_000.0);
                }
            }
            List<FunnelReport.Stage> stages = new ArrayList<>(k);
            for (int i = 0; i < k; i++) {
                long adv = i + 1 < k ? reached[i + 1] : 0;
                long denom = reached[i] - pending[i];
                Double rate = i + 1 < k && denom > 0 ? (double) adv / denom : null;
                stages.add(new FunnelReport.Stage(options.stages().get(i), reached[i], pending[i], adv, rate));
            }
            List<FunnelReport.Channel> chs = new ArrayList<>();
            channels.forEach(
                    (id, cc) -> chs.add(new FunnelReport.Channel(id, cc[0], cc[1], cc[2], (double) cc[2] / cc[0])));
            FunnelReport.TimeToHire tth = timeToHire(hireDays);
            long resolved = accepted + declined;
            FunnelReport.OfferAcceptance oa = new FunnelReport.OfferAcceptance(
                    offers, accepted, declined, offers - resolved, resolved == 0 ? null : (double) accepted / resolved);
            List<FunnelReport.Count> dist = new ArrayList<>();
            touch.forEach((t, n) -> dist.add(new FunnelReport.Count(t, n)));
            FunnelReport.Touchpoints tps = new FunnelReport.Touchpoints(
                    options.minTouchpoints(),
                    options.maxTouchpoints(),
                    offerCands,
                    within,
                    below,
                    above,
                    offerCands == 0 ? null : (double) touchSum / offerCands,
                    dist);
            long rejections =
                    reasons.values().stream().mapToLong(Long::longValue).sum();
            Set<String> known = new HashSet<>(options.rejectionReasons());
            List<FunnelReport.Reason> rs = new ArrayList<>();
            reasons.forEach(
                    (id, n) -> rs.add(new FunnelReport.Reason(id, n, (double) n / rejections, known.contains(id))));
            rs.sort((a, b) -> a.count() != b.count()
                    ? Long.compare(b.count(), a.count())
                    : a.reason().compareTo(b.reason()));
            return new FunnelReport(candidates.size(), events, stages, chs, tth, oa, tps, rs);
        }

        private static FunnelReport.TimeToHire timeToHire(List<Double> days) {
            if (days.isEmpty()) {
                return new FunnelReport.TimeToHire(0, null, null, null, null);
            }
            double[] d = days.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(d);
            int n = d.length;
            double mean = Arrays.stream(d).sum() / n;
            double median = n % 2 == 1 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]) / 2.0;
            return new FunnelReport.TimeToHire(n, mean, median, d[0], d[n - 1]);
        }
    }

    /** One candidate's state. */
    private static final class Cand {
        Instant first;
        String source;
        int furthest = -1;
        long visited;
        boolean ended;
        boolean declined;

        @Nullable
        Instant hiredAt;

        Cand(Instant first, String source) {
            this.first = first;
            this.source = source;
        }
    }
}
