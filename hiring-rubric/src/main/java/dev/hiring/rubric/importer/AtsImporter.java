package dev.hiring.rubric.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.HiringParseException;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.RatingScale;
import dev.hiring.core.Violation;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.core.text.Utf8Text;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.Scorecard;
import dev.hiring.rubric.UndecidableEvaluationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads vendor payloads into a {@link CandidateEvaluation}: one payload object, or a JSON array of them (one per
 * interviewer), all for the same candidate.
 *
 * <h2>Vocabularies (vendor level 1 to 4, then {@link AtsMapping#levelValue} to the target scale)</h2>
 *
 * <ul>
 *   <li><b>Greenhouse</b>: attribute {@code rating} {@code strong_yes}=4, {@code yes}=3, {@code mixed}=2,
 *       {@code no}=1, {@code definitely_not}=1, {@code no_decision} or null = unrated. {@code
 *       overall_recommendation}: {@code strong_yes} STRONG_HIRE, {@code yes} HIRE, {@code no} NO_HIRE, {@code
 *       definitely_not} STRONG_NO_HIRE, {@code no_decision} and the older {@code mixed} NO_DECISION. Interviewer
 *       {@code interviewer.id} (else {@code submitted_by.id}), candidate {@code candidate_id}, time {@code
 *       submitted_at}.
 *   <li><b>Lever</b>: a score is an integer 1 to 4 or a text whose leading digit is the level ({@code "3 - Hire"},
 *       {@code "3 - Yes"}); null = unrated. The overall recommendation is the first field of type {@code score} or
 *       {@code score-system} that the mapping does not map to a criterion: 4 STRONG_HIRE, 3 HIRE, 2 NO_HIRE, 1
 *       STRONG_NO_HIRE. Mapped fields match by {@code text} or {@code id}. Interviewer {@code user}; time {@code
 *       completedAt} (epoch milliseconds, else {@code createdAt}); no candidate id.
 *   <li><b>Ashby</b>: {@code Score} fields (per {@code formDefinition}) are 1 to 4 as a number, a numeric string or
 *       {@code {"score": n}}; absent or null = unrated. Mapped by {@code path} or {@code title}. The overall
 *       recommendation is {@code submittedValues.overall_recommendation}: {@code strong_hire}, {@code hire},
 *       {@code no_hire}, {@code strong_no_hire}, plus the mapping's {@code recommendations}. Interviewer {@code
 *       submittedByUser.id}, candidate {@code applicationId}, time {@code submittedAt}.
 *   <li><b>Workable</b>: grades are zero-based. {@code scale} {@code thumbs} (0 negative, 1 positive, 2 definite →
 *       NO_HIRE, HIRE, STRONG_HIRE), {@code stars} (0 to 4) and {@code numbers} (0 to 9) scaled to 1 to 4 by
 *       {@code 1 + round(3 · grade / max)} → STRONG_NO_HIRE, NO_HIRE, HIRE, STRONG_HIRE. Trait {@code score}
 *       {@code negative}=1, {@code positive}=3, {@code definite}=4, absent = unrated; traits mapped by {@code name}.
 *       Interviewer {@code member_id}; no candidate id or time.
 * </ul>
 *
 * If several vendor ratings map to one criterion, the lowest counts (conservative). The candidate id is the
 * mapping's {@code candidate} if given, else the payload's, else {@code "unknown"}. Notes and other free text are
 * never imported. Unknown fields are ignored; unknown values are errors naming the field.
 *
 * <p>This class is thread-safe.
 */
public final class AtsImporter {
    /** The candidate id used when neither the mapping nor the payload gives one. */
    public static final String UNKNOWN_CANDIDATE = "unknown";
    /** The largest payload read from a stream or a file, in bytes (the JSON reader's document limit allows more). */
    public static final int MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;

    /**
     * The role of evaluations imported without a policy by {@link #of(AtsVendor, AtsMapping, RatingScale)} when the
     * mapping names no role.
     */
    public static final String UNKNOWN_ROLE = "unknown";

    private final AtsVendor vendor;
    private final AtsMapping mapping;
    private final VendorFormat format;
    private final ImportSession session;

    private final String role;

    private AtsImporter(AtsVendor vendor, AtsMapping mapping, RatingScale scale, String role) {
        this.vendor = vendor;
        this.mapping = mapping;
        this.role = role;
        this.format = VendorFormat.of(vendor);
        this.session = new ImportSession(mapping, scale);
    }

    /**
     * An importer for one vendor and mapping into the evaluations a policy decides: ratings on the policy's scale,
     * and the role the mapping names or, when it names none, the policy's id (the role the policy decides).
     *
     * @throws NullPointerException if an argument is null (named in the message)
     */
    public static AtsImporter of(AtsVendor vendor, AtsMapping mapping, DecisionPolicy policy) {
        java.util.Objects.requireNonNull(policy, "policy");
        return new AtsImporter(
                java.util.Objects.requireNonNull(vendor, "vendor"),
                java.util.Objects.requireNonNull(mapping, "mapping"),
                policy.ratingScale(),
                mapping.role().orElse(policy.id()));
    }

    /**
     * An importer for one vendor, mapping and target rating scale, with no policy: the evaluations' role is the one
     * the mapping names or, when it names none, {@value #UNKNOWN_ROLE}, which no policy decides (deciding such an
     * evaluation is a {@link dev.hiring.rubric.UndecidableEvaluationException.Problem#ROLE_MISMATCH}, never a guess
     * of the role). To import for a policy, use {@link #of(AtsVendor, AtsMapping, DecisionPolicy)}.
     *
     * @throws NullPointerException if an argument is null (named in the message)
     */
    public static AtsImporter of(AtsVendor vendor, AtsMapping mapping, RatingScale scale) {
        return new AtsImporter(
                java.util.Objects.requireNonNull(vendor, "vendor"),
                java.util.Objects.requireNonNull(mapping, "mapping"),
                java.util.Objects.requireNonNull(scale, "scale"),
                mapping.role().orElse(UNKNOWN_ROLE));
    }

    /**
     * Reads one payload object or an array of them; {@link #readWithReport(String)} also says what was left out.
     *
     * @throws HiringParseException if the text is not JSON
     * @throws InvalidHiringDataException naming every field with an unknown or missing value
     */
    public CandidateEvaluation read(String json) {
        return readWithReport(json).evaluation();
    }

    /**
     * Reads UTF-8 JSON from a stream, as {@link #read(String)} does; the stream is not closed.
     *
     * @throws dev.hiring.core.MalformedTextException if the bytes are not valid UTF-8, with the byte offset
     * @throws dev.hiring.core.HiringException if the stream holds more than {@link #MAX_PAYLOAD_BYTES} bytes
     * @throws HiringParseException if the text is not JSON
     * @throws InvalidHiringDataException naming every field with an unknown or missing value
     * @throws java.io.UncheckedIOException if reading fails
     */
    public CandidateEvaluation read(java.io.InputStream json) {
        return read(Utf8Text.read(json, MAX_PAYLOAD_BYTES, "ATS payload"));
    }

    /**
     * Reads a UTF-8 JSON file, as {@link #read(String)} does.
     *
     * @throws dev.hiring.core.MalformedTextException if the file is not valid UTF-8, with the byte offset
     * @throws dev.hiring.core.HiringException if the file is larger than {@link #MAX_PAYLOAD_BYTES} bytes
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public CandidateEvaluation read(java.nio.file.Path file) {
        return read(readFile(file));
    }

    /**
     * Reads UTF-8 JSON from a stream with a report, as {@link #readWithReport(String)} does; the stream is not
     * closed. Errors as {@link #read(java.io.InputStream)}.
     */
    public ImportResult readWithReport(java.io.InputStream json) {
        return readWithReport(Utf8Text.read(json, MAX_PAYLOAD_BYTES, "ATS payload"));
    }

    /** Reads a UTF-8 JSON file with a report, as {@link #readWithReport(String)} does. Errors as {@link #read(java.nio.file.Path)}. */
    public ImportResult readWithReport(java.nio.file.Path file) {
        return readWithReport(readFile(file));
    }

    private static String readFile(java.nio.file.Path file) {
        String name = String.valueOf(file.getFileName());
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return Utf8Text.read(in, MAX_PAYLOAD_BYTES, name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads one payload object or an array of them, and reports every vendor name the mapping does not map, every
     * value read past and why, the mapping entries that matched nothing and the stage, interview and application ids
     * found.
     *
     * @throws HiringParseException if the text is not JSON
     * @throws InvalidHiringDataException naming every field with an unknown or missing value
     * @throws UndecidableEvaluationException if the payloads are for different candidates
     */
    public ImportResult readWithReport(String json) {
        return importAll(json, null);
    }

    /**
     * Reads the payloads as {@link #readWithReport(String)} does, and the candidate's application, where the vendors
     * keep rejection reasons: the Greenhouse Harvest application ({@code rejection_reason} with {@code name} and
     * {@code id}), the Lever opportunity ({@code archived.reason}, an archive-reason id; also inside {@code
     * "data"}), the Ashby application ({@code archiveReason} with {@code text} and {@code id}; also inside {@code
     * "results"}) or the Workable candidate ({@code disqualification_reason} when {@code disqualified}; also inside
     * {@code "candidate"}). The reason is mapped with {@link AtsMapping#rejectionReasons()} and becomes the
     * evaluation's own ({@link CandidateEvaluation#rejectionReasons()}); an unmapped reason is reported.
     *
     * @throws HiringParseException if a text is not JSON
     * @throws InvalidHiringDataException naming every field with an unknown or missing value
     */
    public ImportResult readWithReport(String json, String application) {
        return importAll(json, java.util.Objects.requireNonNull(application, "application"));
    }

    private ImportResult importAll(String json, @Nullable String applicationText) {
        JsonNode root = tree(json, vendor.id() + " payload");
        ImportCollector report = new ImportCollector();
        List<String> overallReasons = new ArrayList<>();
        if (applicationText != null) {
            application(tree(applicationText, vendor.id() + " application"), report, overallReasons);
        }
        List<JsonNode> items = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                items.add(root.get(i));
                paths.add("$[" + i + "]");
            }
        } else {
            items.add(root);
            paths.add("$");
        }
        List<Violation> problems = new ArrayList<>();
        List<CardDraft> cards = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = paths.get(i);
            if (!item.isObject()) {
                problems.add(new Violation(path, "must be a " + vendor.id() + " payload object"));
                continue;
            }
            CardDraft card = new CardDraft();
            report.seen.clear();
            format.read(item, path, card, session, report, problems);
            if (card.interviewer == null) {
                problems.add(new Violation(path, "names no interviewer id"));
            }
            cards.add(card);
        }
        if (!problems.isEmpty()) {
            throw new InvalidHiringDataException(vendor.id() + " payload", problems);
        }
        for (int i = 1; i < cards.size(); i++) {
            String c0 = cards.get(0).candidate;
            String ci = cards.get(i).candidate;
            if (c0 != null && ci != null && !c0.equals(ci)) {
                throw new UndecidableEvaluationException(
                        UndecidableEvaluationException.Problem.DIFFERENT_CANDIDATES,
                        paths.get(i) + ": a " + vendor.id() + " payload for candidate '" + ImportSession.shorten(ci)
                                + "', but " + paths.get(0) + " is for '" + ImportSession.shorten(c0)
                                + "'; import one candidate at a time");
            }
        }
        String candidate = mapping.candidate().orElse(null);
        if (candidate == null) {
            for (CardDraft c : cards) {
                if (c.candidate != null) {
                    candidate = c.candidate;
                    break;
                }
            }
        }
        String cand = candidate == null ? UNKNOWN_CANDIDATE : candidate;
        List<Scorecard> scorecards = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            CardDraft c = cards.get(i);
            try {
                Scorecard.Builder b = Scorecard.builder();
                b.candidate(mapping.candidate().isPresent() || c.candidate == null ? cand : c.candidate)
                        .interviewer(c.interviewer == null ? "" : c.interviewer)
                        .submittedAt(Optional.ofNullable(c.submittedAt))
                        .putAllRatings(c.ratings)
                        .recommendation(c.recommendation);
                scorecards.add(b.build());
            } catch (InvalidHiringDataException e) {
                String at = paths.get(i);
                e.violations().forEach(v -> problems.add(v.under(at)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidHiringDataException(vendor.id() + " payload", problems);
        }
        boolean negativeWithoutReason = false;
        for (Scorecard sc : scorecards) {
            negativeWithoutReason |=
                    sc.recommendation().isNegative() && sc.rejectionReasons().isEmpty();
        }
        if (negativeWithoutReason && overallReasons.isEmpty()) {
            report.hints.add(
                    applicationText == null
                            ? "a negative scorecard gives no rejection reason: " + format.reasonsKeptWhere()
                                    + "; import it with the " + "scorecards (hiring decide --application FILE)"
                            : "a negative scorecard gives no rejection reason and the application gives no mapped one");
        }
        CandidateEvaluation evaluation;
        try {
            evaluation = CandidateEvaluation.builder()
                    .candidate(cand)
                    .role(role)
                    .addAllScorecards(scorecards)
                    .addAllRejectionReasons(overallReasons)
                    .build();
        } catch (InvalidHiringDataException e) {
            throw e.under(vendor.id() + " payload", "$");
        }
        return new ImportResult(evaluation, report.build(vendor, mapping));
    }

    private JsonNode tree(String json, String what) {
        if (json.isBlank()) {
            throw new HiringParseException("JSON input is empty", "$", 0, 0);
        }
        try {
            return HiringJackson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw HiringJackson.translate(e, what);
        }
    }

    /** Reads the application's id and rejection reason. */
    private void application(JsonNode root, ImportCollector report, List<String> reasons) {
        List<Violation> problems = new ArrayList<>();
        JsonNode app = root;
        String wrapper = format.applicationWrapper();
        String path = "$";
        if (!wrapper.isEmpty() && app.path(wrapper).isObject()) {
            app = app.path(wrapper);
            path = "$." + wrapper;
        }
        if (!app.isObject()) {
            throw new InvalidHiringDataException(
                    vendor.id() + " application",
                    List.of(new Violation("$", "must be a " + vendor.id() + " application object")));
        }
        String appId = ImportSession.id(app.path("id"));
        if (appId != null) {
            report.applications.add(appId);
        }
        ApplicationReason reason = format.applicationReason(app, path, problems);
        JsonNode name = reason.name();
        JsonNode reasonId = reason.id();
        String at = reason.path();
        if (!problems.isEmpty()) {
            throw new InvalidHiringDataException(vendor.id() + " application", problems);
        }
        report.applicationRead = true;
        String n = name.isTextual() && !name.textValue().isBlank() ? name.textValue() : null;
        String i = ImportSession.id(reasonId);
        // a free-text reason is never repeated: the report names it by a digest
        String shown = n != null ? (reason.freeText() ? freeTextName(n) : ImportSession.shorten(n)) : i;
        if (shown == null) {
            return;
        }
        Optional<String> mapped = n == null ? Optional.empty() : mapping.rejectionReasonFor(n);
        if (mapped.isPresent() && n != null) {
            report.used.add(AtsMapping.key(n));
        } else if (i != null) {
            mapped = mapping.rejectionReasonFor(i);
            if (mapped.isPresent()) {
                report.used.add(AtsMapping.key(i));
            }
        }
        if (mapped.isEmpty() && n != null && reason.freeText()) {
            mapped = mapping.rejectionReasonFor(shown);
            if (mapped.isPresent()) {
                report.used.add(AtsMapping.key(shown));
            }
        }
        if (mapped.isPresent()) {
            reasons.add(mapped.get());
            report.rejectionReasons.add(mapped.get());
        } else if (mapping.isIgnored(shown) || (n != null && mapping.isIgnored(n))) {
            report.used.add(AtsMapping.key(mapping.isIgnored(shown) || n == null ? shown : n));
            report.ignored.add(new IgnoredValue(at, "listed under ignored in the mapping"));
        } else {
            report.unmapped(UnmappedName.REJECTION_REASON, shown);
            report.ignored.add(new IgnoredValue(at, "rejection reason not mapped (add it to rejectionReasons)"));
        }
    }

    /**
     * How the report names a free-text rejection reason that the mapping does not map: {@code "free text sha256:"}
     * and the first 12 hex digits of the SHA-256 of its trimmed UTF-8 text, so that it can be recognised (and the
     * text mapped under {@code rejectionReasons}) without being repeated.
     */
    static String freeTextName(String text) {
        return "free text " + dev.hiring.rubric.internal.Sha256.of(text.trim()).substring(0, "sha256:".length() + 12);
    }
}
