package dev.hiring.analytics.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hiring.core.HiringException;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.HiringParseException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every funnel metric on a hand-computed ten-candidate cohort, and the options' and CSV reader's limits. */
class FunnelArithmeticTest {
    private static final List<String> STAGES = List.of("applied", "screen", "onsite", "offer", "hired");
    /** Touchpoints: screen and onsite; the guide range is exactly 1..1; one known rejection reason. */
    private static final FunnelOptions OPTIONS =
            new FunnelOptions(STAGES, Set.of("screen", "onsite"), 1, 1, List.of("no-fit"));

    private static Instant day(String d) {
        return Instant.parse("2026-01-" + d + (d.length() == 2 ? "T00:00:00Z" : ""));
    }

    private static void ev(List<StageEvent> out, String c, String stage, String day, String source, String reason) {
        out.add(new StageEvent(c, stage, day(day), source, reason));
    }

    private static FunnelReport cohort() {
        List<StageEvent> e = new ArrayList<>();
        // a: every stage, hired on day 11 after applying on day 01 = 10 days; touchpoints screen+onsite = 2 (above)
        ev(e, "a", "applied", "01", "ref", "");
        ev(e, "a", "screen", "02", "ref", "");
        ev(e, "a", "onsite", "03", "ref", "");
        ev(e, "a", "offer", "04", "ref", "");
        ev(e, "a", "hired", "11", "ref", "");
        // b: skips onsite; three hired events, the earliest (day 05 12:00) counts = 4.5 days; touchpoints 1 (within)
        ev(e, "b", "applied", "01", "ads", "");
        ev(e, "b", "screen", "02", "ads", "");
        ev(e, "b", "offer", "05", "ads", "");
        ev(e, "b", "hired", "06", "ads", "");
        ev(e, "b", "hired", "05T12:00:00Z", "ads", "");
        ev(e, "b", "hired", "07", "ads", "");
        // c: offer declined; touchpoints 0 (below)
        ev(e, "c", "applied", "01", "ads", "");
        ev(e, "c", "offer", "03", "ads", "");
        ev(e, "c", "offer-declined", "04", "ads", "");
        // d, e, f: rejected with a known, an empty and an unknown reason
        ev(e, "d", "applied", "01", "ref", "");
        ev(e, "d", "screen", "02", "ref", "");
        ev(e, "d", "rejected", "03", "ref", "no-fit");
        ev(e, "e", "applied", "01", "ads", "");
        ev(e, "e", "rejected", "02", "ads", "");
        ev(e, "f", "applied", "01", "ads", "");
        ev(e, "f", "rejected", "02", "ads", "other");
        // g: still pending at screen; no source
        ev(e, "g", "applied", "01", "", "");
        ev(e, "g", "screen", "02", "", "");
        // h: only an outcome event
        ev(e, "h", "withdrawn", "01", "ref", "");
        // i: an offer without an answer: pending at offer; touchpoints 0 (below)
        ev(e, "i", "offer", "01", "ads", "");
        // j: the later event comes first; the earlier one decides the source; hired 1 day after applying
        ev(e, "j", "hired", "02", "late", "");
        ev(e, "j", "applied", "01", "ref", "");
        return Funnel.analyze(e, OPTIONS);
    }

    @Test
    void countsCandidatesAndEvents() {
        FunnelReport r = cohort();
        assertThat(r.candidates()).isEqualTo(10);
        assertThat(r.events()).isEqualTo(27);
    }

    @Test
    void stagePassThroughIsAdvancedOverReachedMinusPending() {
        // reached = furthest stage at or after i: applied 9 (all but h), screen 7 (a,b,c,d,g,i,j), onsite 5
        // (a,b,c,i,j), offer 5, hired 3 (a,b,j); pending: g at screen, i at offer.
        List<FunnelReport.Stage> s = cohort().stages();
        assertThat(s).extracting(FunnelReport.Stage::stage).containsExactlyElementsOf(STAGES);
        assertThat(s).extracting(FunnelReport.Stage::reached).containsExactly(9L, 7L, 5L, 5L, 3L);
        assertThat(s).extracting(FunnelReport.Stage::pending).containsExactly(0L, 1L, 0L, 1L, 0L);
        assertThat(s).extracting(FunnelReport.Stage::advanced).containsExactly(7L, 5L, 5L, 3L, 0L);
        // 7/(9-0), 5/(7-1), 5/(5-0), 3/(5-1), none for the last stage
        assertThat(s.get(0).passThrough()).isCloseTo(7 / 9.0, within(1e-12));
        assertThat(s.get(1).passThrough()).isCloseTo(5 / 6.0, within(1e-12));
        assertThat(s.get(2).passThrough()).isCloseTo(1.0, within(1e-12));
        assertThat(s.get(3).passThrough()).isCloseTo(0.75, within(1e-12));
        assertThat(s.get(4).passThrough()).isNull();
    }

    @Test
    void channelsAreSortedWithOffersHiresAndConversion() {
        // ads: b,c,e,f,i (offers b,c,i; hire b) = 1/5; ref: a,d,h,j (offers a,j; hires a,j) = 2/4; unknown: g
        assertThat(cohort().channels())
                .containsExactly(
                        new FunnelReport.Channel("ads", 5, 3, 1, 0.2),
                        new FunnelReport.Channel("ref", 4, 2, 2, 0.5),
                        new FunnelReport.Channel("unknown", 1, 0, 0, 0.0));
    }

    @Test
    void timeToHireOfAnOddNumberOfHires() {
        // days 1 (j), 4.5 (b), 10 (a): mean 15.5 / 3, median 4.5
        FunnelReport.TimeToHire t = cohort().timeToHire();
        assertThat(t.hires()).isEqualTo(3);
        assertThat(t.meanDays()).isCloseTo(15.5 / 3, within(1e-12));
        assertThat(t.medianDays()).isEqualTo(4.5);
        assertThat(t.minDays()).isEqualTo(1.0);
        assertThat(t.maxDays()).isEqualTo(10.0);
    }

    @Test
    void offerAcceptanceAndTouchpoints() {
        FunnelReport r = cohort();
        // offers a,b,c,i,j; accepted a,b,j; declined c; pending i: 3 / (3 + 1)
        assertThat(r.offerAcceptance()).isEqualTo(new FunnelReport.OfferAcceptance(5, 3, 1, 1, 0.75));
        // touchpoints a 2, b 1, c 0, i 0, j 0: within 1..1 one, below three, above one; mean 3 / 5
        assertThat(r.touchpoints())
                .isEqualTo(new FunnelReport.Touchpoints(
                        1,
                        1,
                        5,
                        1,
                        3,
                        1,
                        0.6,
                        List.of(
                                new FunnelReport.Count(0, 3),
                                new FunnelReport.Count(1, 1),
                                new FunnelReport.Count(2, 1))));
    }

    @Test
    void rejectionReasonsByCountThenName() {
        List<FunnelReport.Reason> rs = cohort().rejectionReasons();
        assertThat(rs).extracting(FunnelReport.Reason::reason).containsExactly("no-fit", "other", "unspecified");
        assertThat(rs).extracting(FunnelReport.Reason::inGuide).containsExactly(true, false, false);
        assertThat(rs).allSatisfy(x -> assertThat(x.share()).isCloseTo(1 / 3.0, within(1e-12)));
        assertThat(rs).allSatisfy(x -> assertThat(x.count()).isEqualTo(1L));
    }

    @Test
    void reasonsWithMoreRejectionsComeFirst() {
        List<StageEvent> e = new ArrayList<>();
        ev(e, "a", "rejected", "01", "x", "zeta");
        ev(e, "b", "rejected", "01", "x", "zeta");
        ev(e, "c", "rejected", "01", "x", "alpha");
        List<FunnelReport.Reason> rs = Funnel.analyze(e, OPTIONS).rejectionReasons();
        assertThat(rs)
                .containsExactly(
                        new FunnelReport.Reason("zeta", 2, 2 / 3.0, false),
                        new FunnelReport.Reason("alpha", 1, 1 / 3.0, false));
    }

    @Test
    void timeToHireOfAnEvenNumberOfHiresAveragesTheMiddleTwo() {
        // days 1, 2, 3, 10: median (2 + 3) / 2 = 2.5, mean 16 / 4 = 4
        List<StageEvent> e = new ArrayList<>();
        String[] hired = {"02", "03", "04", "11"};
        for (int i = 0; i < hired.length; i++) {
            ev(e, "c" + i, "applied", "01", "x", "");
            ev(e, "c" + i, "hired", hired[i], "x", "");
        }
        FunnelReport.TimeToHire t = Funnel.analyze(e, OPTIONS).timeToHire();
        assertThat(t).isEqualTo(new FunnelReport.TimeToHire(4, 4.0, 2.5, 1.0, 10.0));
    }

    @Test
    void noHiresNoOffersAndNoRejectionsGiveEmptyMetrics() {
        List<StageEvent> e = new ArrayList<>();
        ev(e, "a", "applied", "01", "x", "");
        FunnelReport r = Funnel.analyze(e, OPTIONS);
        assertThat(r.timeToHire()).isEqualTo(new FunnelReport.TimeToHire(0, null, null, null, null));
        assertThat(r.offerAcceptance()).isEqualTo(new FunnelReport.OfferAcceptance(0, 0, 0, 0, null));
        assertThat(r.touchpoints().mean()).isNull();
        assertThat(r.touchpoints().candidates()).isZero();
        assertThat(r.rejectionReasons()).isEmpty();
        // applied: reached 1, pending 1, so no denominator
        assertThat(r.stages().get(0).passThrough()).isNull();
        assertThat(r.stages().get(0).pending()).isEqualTo(1);
    }

    @Test
    void withoutAnOfferStageAHireIsTheOffer() {
        FunnelOptions noOffer = OPTIONS.withStages(List.of("applied", "screen", "hired"), Set.of("screen"));
        List<StageEvent> e = new ArrayList<>();
        ev(e, "a", "applied", "01", "x", "");
        ev(e, "a", "screen", "02", "x", "");
        ev(e, "b", "applied", "01", "x", "");
        ev(e, "b", "screen", "02", "x", "");
        ev(e, "b", "hired", "03", "x", "");
        FunnelReport r = Funnel.analyze(e, noOffer);
        assertThat(r.offerAcceptance()).isEqualTo(new FunnelReport.OfferAcceptance(1, 1, 0, 0, 1.0));
        assertThat(r.touchpoints().withinRange()).isEqualTo(1);
        assertThat(r.channels()).containsExactly(new FunnelReport.Channel("x", 2, 1, 1, 0.5));
    }

    @Test
    void unknownStageEventIsNumberedInTheMessage() {
        List<StageEvent> e = new ArrayList<>();
        ev(e, "a", "applied", "01", "x", "");
        ev(e, "a", "phone", "02", "x", "");
        assertThatThrownBy(() -> Funnel.analyze(e, OPTIONS))
                .isInstanceOf(HiringException.class)
                .hasMessage("funnel: event 2 has the unknown stage 'phone'");
    }

    @Test
    void optionsNeedTwoToSixtyThreeDistinctStages() {
        assertThatThrownBy(() -> new FunnelOptions(List.of("a"), Set.of(), 0, 0, List.of()))
                .isInstanceOf(HiringException.class)
                .hasMessage("funnel: between 2 and 63 stages are required, got 1");
        assertThat(new FunnelOptions(List.of("a", "b"), Set.of(), 0, 0, List.of()).stages())
                .hasSize(2);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 63; i++) {
            many.add("s" + i);
        }
        assertThat(new FunnelOptions(many, Set.of(), 0, 0, List.of()).stages()).hasSize(63);
        many.add("s63");
        assertThatThrownBy(() -> new FunnelOptions(many, Set.of(), 0, 0, List.of()))
                .hasMessage("funnel: between 2 and 63 stages are required, got 64");
        assertThatThrownBy(() -> new FunnelOptions(List.of("a", "b", "a"), Set.of(), 0, 0, List.of()))
                .hasMessage("funnel: stage 'a' repeats");
        for (String outcome : List.of("rejected", "withdrawn", "offer-declined")) {
            assertThatThrownBy(() -> new FunnelOptions(List.of("a", outcome), Set.of(), 0, 0, List.of()))
                    .hasMessage("funnel: '" + outcome + "' is an outcome event, not a stage");
        }
        assertThatThrownBy(() -> new FunnelOptions(List.of("a", "b"), Set.of("c"), 0, 0, List.of()))
                .hasMessage("funnel: touchpoint stage 'c' is not one of the stages");
    }

    @Test
    void touchpointRangeMustBeNonNegativeAndOrdered() {
        assertThat(new FunnelOptions(STAGES, Set.of(), 0, 0, List.of()).maxTouchpoints())
                .isZero();
        assertThatThrownBy(() -> new FunnelOptions(STAGES, Set.of(), -1, 0, List.of()))
                .isInstanceOf(HiringException.class)
                .hasMessage("funnel: touchpoint range -1..0 is invalid");
        assertThatThrownBy(() -> new FunnelOptions(STAGES, Set.of(), 3, 2, List.of()))
                .hasMessage("funnel: touchpoint range 3..2 is invalid");
    }

    @Test
    void defaultOptionsFollowTheBuiltInGuide() {
        FunnelOptions d = FunnelOptions.from(HiringGuides.seniorBackendEngineer());
        assertThat(d.stages().get(0)).isEqualTo("applied");
        assertThat(d.stages()).endsWith("offer", "hired");
        assertThat(d.minTouchpoints()).isEqualTo(3);
        assertThat(d.maxTouchpoints()).isEqualTo(5);
        assertThat(d.touchpointStages()).contains("recruiter-screen").doesNotContain("applied", "offer", "hired");
        assertThat(d.rejectionReasons()).isNotEmpty();
    }

    private static FunnelReport csv(String rows) {
        return Funnel.readCsv(new StringReader("candidate,stage,timestamp,source\n" + rows), OPTIONS);
    }

    @Test
    void csvTimestampsAreDatesOrInstants() {
        // a date is midnight UTC: 2026-01-01 to 2026-01-03T12:00:00Z = 2.5 days
        FunnelReport r = csv("a,applied,2026-01-01,x\na,hired,2026-01-03T12:00:00Z,x\nb,rejected,2026-01-01,x\n");
        assertThat(r.timeToHire().meanDays()).isEqualTo(2.5);
        assertThat(r.rejectionReasons()).extracting(FunnelReport.Reason::reason).containsExactly("unspecified");
    }

    @Test
    void csvErrorsNameTheCellWithoutEchoingLongText() {
        String stage64 = "s".repeat(64);
        assertThatThrownBy(() -> csv("a," + stage64 + ",2026-01-01,x\n"))
                .isInstanceOf(HiringParseException.class)
                .hasMessageContaining("unknown stage '" + stage64 + "'")
                .hasMessageContaining("(stages: applied,screen,onsite,offer,hired; outcomes: rejected, withdrawn, "
                        + "offer-declined)");
        assertThatThrownBy(() -> csv("a," + stage64 + "s,2026-01-01,x\n"))
                .hasMessageContaining("unknown stage (65 characters)");
        assertThatThrownBy(() -> csv(",applied,2026-01-01,x\n")).hasMessageContaining("the candidate id is empty");
        assertThatThrownBy(() -> csv("a,applied,,x\n"))
                .hasMessageContaining("a timestamp is required, the cell is empty");
        assertThatThrownBy(() -> csv("a,applied,2026-01-01T00:00:00.000000000000000000000000000000Z,x\n"))
                .hasMessageContaining("not an ISO-8601 timestamp");
        assertThatThrownBy(() -> csv("a,applied,2026-13-01,x\n")).hasMessageContaining("not an ISO-8601 timestamp");
        assertThatThrownBy(() -> csv("")).hasMessageContaining("CSV has a header but no events");
        assertThatThrownBy(() -> Funnel.readCsv(new StringReader("stage,timestamp,source\n"), OPTIONS))
                .hasMessageContaining(
                        "CSV header has no column 'candidate' (required: candidate,stage,timestamp,source)");
    }
}
