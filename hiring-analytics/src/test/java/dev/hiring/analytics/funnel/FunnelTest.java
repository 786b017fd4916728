package dev.hiring.analytics.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hiring.core.HiringGuides;
import dev.hiring.core.HiringParseException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class FunnelTest {
    static final String EVENTS = """
            candidate,stage,timestamp,source,reason
            c1,applied,2026-01-01,employee-referrals,
            c1,recruiter-screen,2026-01-03T10:00:00Z,employee-referrals,
            c1,technical-screen,2026-01-06T10:00:00Z,employee-referrals,
            c1,loop,2026-01-10T10:00:00Z,employee-referrals,
            c1,hiring-manager-and-peer,2026-01-12T10:00:00Z,employee-referrals,
            c1,offer,2026-01-15T00:00:00Z,employee-referrals,
            c1,hired,2026-01-21,employee-referrals,
            c2,applied,2026-01-02,targeted-linkedin-outreach,
            c2,recruiter-screen,2026-01-04T10:00:00Z,targeted-linkedin-outreach,
            c2,rejected,2026-01-05T10:00:00Z,targeted-linkedin-outreach,unclear-communication
            c3,applied,2026-01-02,targeted-linkedin-outreach,
            c3,recruiter-screen,2026-01-04T10:00:00Z,targeted-linkedin-outreach,
            c3,technical-screen,2026-01-05T10:00:00Z,targeted-linkedin-outreach,
            c3,offer,2026-01-09,targeted-linkedin-outreach,
            c3,offer-declined,2026-01-10,targeted-linkedin-outreach,
            c4,applied,2026-01-03,employee-referrals,
            c4,rejected,2026-01-04,employee-referrals,shallow-system-design
            c5,applied,2026-01-03,,
            """;

    @Test
    void metrics() {
        FunnelReport r =
                Funnel.readCsv(new StringReader(EVENTS), FunnelOptions.from(HiringGuides.seniorBackendEngineer()));
        assertThat(r.candidates()).isEqualTo(5);
        assertThat(r.events()).isEqualTo(18);
        FunnelReport.Stage applied = r.stages().get(0);
        assertThat(applied.reached()).isEqualTo(5);
        // c5 is still pending at "applied"; c4 was rejected there; c1, c2, c3 advanced (resume-screen skipped).
        assertThat(applied.pending()).isEqualTo(1);
        FunnelReport.Stage recruiter = r.stages().get(2);
        assertThat(recruiter.stage()).isEqualTo("recruiter-screen");
        assertThat(recruiter.reached()).isEqualTo(3);
        assertThat(recruiter.passThrough()).isCloseTo(2 / 3.0, within(1e-12));
        FunnelReport.Channel referrals = r.channels().get(0);
        assertThat(referrals.channel()).isEqualTo("employee-referrals");
        assertThat(referrals.candidates()).isEqualTo(2);
        assertThat(referrals.hires()).isEqualTo(1);
        assertThat(referrals.conversion()).isCloseTo(0.5, within(1e-12));
        assertThat(r.channels()).extracting(FunnelReport.Channel::channel).contains("unknown");
        assertThat(r.timeToHire().hires()).isEqualTo(1);
        assertThat(r.timeToHire().medianDays()).isCloseTo(20.0, within(1e-12));
        assertThat(r.offerAcceptance().offers()).isEqualTo(2);
        assertThat(r.offerAcceptance().accepted()).isEqualTo(1);
        assertThat(r.offerAcceptance().declined()).isEqualTo(1);
        assertThat(r.offerAcceptance().rate()).isCloseTo(0.5, within(1e-12));
        // c1: recruiter, technical, loop, hiring manager = 4 (within 3–5); c3: recruiter, technical = 2 (below).
        assertThat(r.touchpoints().guideMin()).isEqualTo(3);
        assertThat(r.touchpoints().guideMax()).isEqualTo(5);
        assertThat(r.touchpoints().withinRange()).isEqualTo(1);
        assertThat(r.touchpoints().below()).isEqualTo(1);
        assertThat(r.rejectionReasons()).hasSize(2);
        assertThat(r.rejectionReasons()).allSatisfy(x -> assertThat(x.inGuide()).isTrue());
        assertThat(r.rejectionReasons().get(0).share()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void rowOrderDoesNotMatter() {
        String[] lines = EVENTS.strip().split("\n", -1); // stripped: no trailing empty line to keep or drop
        StringBuilder reversed = new StringBuilder(lines[0]).append('\n');
        for (int i = lines.length - 1; i > 0; i--) {
            reversed.append(lines[i]).append('\n');
        }
        FunnelReport a =
                Funnel.readCsv(new StringReader(EVENTS), FunnelOptions.from(HiringGuides.seniorBackendEngineer()));
        FunnelReport b = Funnel.readCsv(
                new StringReader(reversed.toString()), FunnelOptions.from(HiringGuides.seniorBackendEngineer()));
        assertThat(b).isEqualTo(a);
    }

    @Test
    void badEvents() {
        assertThatThrownBy(() -> Funnel.readCsv(
                        new StringReader("candidate,stage,timestamp,source\nc1,phone,2026-01-01,x\n"),
                        FunnelOptions.from(HiringGuides.seniorBackendEngineer())))
                .isInstanceOf(HiringParseException.class)
                .hasMessageContaining("row 1, column 'stage'")
                .hasMessageContaining("unknown stage 'phone'");
        assertThatThrownBy(() -> Funnel.readCsv(
                        new StringReader("candidate,stage,timestamp,source\nc1,applied,yesterday,x\n"),
                        FunnelOptions.from(HiringGuides.seniorBackendEngineer())))
                .hasMessageContaining("column 'timestamp'");
        assertThatThrownBy(() -> Funnel.readCsv(
                        new StringReader("candidate,stage,source\nc1,applied,x\n"),
                        FunnelOptions.from(HiringGuides.seniorBackendEngineer())))
                .hasMessageContaining("no column 'timestamp'");
    }
}
