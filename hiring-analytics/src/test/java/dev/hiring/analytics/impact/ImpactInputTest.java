package dev.hiring.analytics.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.HiringException;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.DecisionRecord;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.NativeFormat;
import dev.hiring.rubric.Outcome;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typed input of {@link AdverseImpact}, the adapter from decision records, and the stream and file overloads. */
class ImpactInputTest {
    static final DecisionPolicy POLICY = HiringPolicies.seniorBackendEngineer();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-04T09:00:00Z"), ZoneOffset.UTC);

    @Test
    @SuppressWarnings("deprecation") // compared with the positional form it replaces
    void theSelectionInputGivesThePositionalFormsReport() {
        ImpactInput in = ImpactInput.selection()
                .group("b", 100, 30)
                .group("a", 80, 40)
                .unknown(7)
                .excludeSmall(true)
                .build();
        assertThat(in.rate()).isEqualTo(RateKind.SELECTION);
        assertThat(in.median()).isEmpty();
        ImpactReport r = AdverseImpact.analyze(in);
        assertThat(r)
                .isEqualTo(AdverseImpact.analyze(
                        List.of(new GroupCounts("b", 100, 30), new GroupCounts("a", 80, 40)),
                        RateKind.SELECTION,
                        7,
                        null,
                        true));
        assertThat(r.reference()).isEqualTo("a");
        assertThat(r.total()).isEqualTo(187);
        assertThat(r.groups().get(1).impactRatio()).isEqualTo(0.6);
    }

    @Test
    void scoresGiveTheMedianOfTheFullSampleAndTheCountsAboveIt() {
        // all scores 1..10, unknown category 5 and 6: median (5 + 6) / 2 = 5.5
        ImpactInput in = ImpactInput.scores()
                .score("x", 1)
                .score("x", 2)
                .score("x", 9)
                .score("y", 3)
                .score("y", 4)
                .score("y", 7)
                .score("y", 8)
                .score("y", 10)
                .unknownScore(5)
                .unknownScore(6)
                .build();
        assertThat(in.rate()).isEqualTo(RateKind.SCORING);
        assertThat(in.median()).hasValue(5.5);
        assertThat(in.unknown()).isEqualTo(2);
        assertThat(in.groups()).containsExactly(new GroupCounts("x", 3, 1), new GroupCounts("y", 5, 3));
        ImpactReport r = AdverseImpact.analyze(in);
        assertThat(r.median()).isEqualTo(5.5);
        assertThat(r.total()).isEqualTo(10);
        assertThat(AdverseImpact.analyze(ImpactInput.scoringCounts(5.5)
                        .group("x", 3, 1)
                        .group("y", 5, 3)
                        .unknown(2)
                        .build()))
                .isEqualTo(r);
    }

    @Test
    void badInputIsATypedErrorWhenBuilt() {
        assertThatThrownBy(() -> ImpactInput.selection().build())
                .isInstanceOf(HiringException.class)
                .hasMessageContaining("at least one group");
        assertThatThrownBy(() -> ImpactInput.selection().group("a", 1, 0).group("a", 2, 1))
                .isInstanceOf(HiringException.class)
                .hasMessageContaining("'a' appears twice");
        assertThatThrownBy(() -> ImpactInput.selection().unknown(-1)).isInstanceOf(HiringException.class);
        assertThatThrownBy(() -> ImpactInput.scoringCounts(Double.NaN)).isInstanceOf(HiringException.class);
        assertThatThrownBy(() -> ImpactInput.scores().score("a", Double.POSITIVE_INFINITY))
                .isInstanceOf(HiringException.class);
        assertThatThrownBy(() -> ImpactInput.scores().unknownScore(1).build())
                .isInstanceOf(HiringException.class)
                .hasMessageContaining("at least one group");
    }

    static DecisionRecord record(String candidate, Outcome outcome) {
        String json =
                "{\"candidate\": \"" + candidate + "\", \"role\": \"senior-backend-engineer\", \"scorecards\": []}";
        return DecisionRecord.decide(POLICY, NativeFormat.read(json, POLICY), CLOCK)
                .withOverride(outcome, "hm-1", "Set for the test.", Instant.parse("2026-11-05T09:00:00Z"));
    }

    @Test
    void decisionRecordsAndDemographicsGiveTheTableAndListCandidatesWithoutAGroup() {
        List<DecisionRecord> records = new ArrayList<>();
        Outcome[] f = {Outcome.HIRE, Outcome.NO_HIRE, Outcome.DEBRIEF, Outcome.HIRE};
        for (int i = 0; i < f.length; i++) {
            records.add(record("f-" + i, f[i]));
        }
        Outcome[] m = {Outcome.HIRE, Outcome.MORE_EVIDENCE_NEEDED};
        for (int i = 0; i < m.length; i++) {
            records.add(record("m-" + i, m[i]));
        }
        records.add(record("u-1", Outcome.HIRE));
        records.add(record("u-2", Outcome.NO_HIRE));
        records.add(record("u-3", Outcome.HIRE));
        Demographics lookup = id -> switch (id.charAt(0)) {
            case 'f' -> Optional.of("Female");
            case 'm' -> Optional.of("Male");
            default ->
                id.equals("u-2") ? Optional.of("Unknown") : id.equals("u-3") ? Optional.of(" ") : Optional.empty();
        };
        DecisionImpactInput in = DecisionImpactInput.from(records, lookup);
        assertThat(in.withoutGroup()).containsExactly("u-1", "u-2", "u-3");
        assertThat(in.input().groups()).containsExactly(new GroupCounts("Female", 4, 2), new GroupCounts("Male", 2, 1));
        assertThat(in.input().unknown()).isEqualTo(3);
        ImpactReport r = in.analyze();
        assertThat(r.total()).isEqualTo(records.size());
        assertThat(r.unknown()).isEqualTo(3);
        assertThat(r.reference()).isEqualTo("Female"); // 2/4 = 1/2, tie with 1/2 goes to the first label
    }

    @Test
    void theAdapterRefusesTwoRecordsForOneCandidateAndATableWithoutAKnownGroup() {
        List<DecisionRecord> twice = List.of(record("c-1", Outcome.HIRE), record("c-1", Outcome.NO_HIRE));
        assertThatThrownBy(() -> DecisionImpactInput.from(twice, Demographics.of(Map.of("c-1", "A"))))
                .isInstanceOf(HiringException.class)
                .hasMessageContaining("'c-1' has more than one decision record");
        assertThatThrownBy(
                        () -> DecisionImpactInput.from(List.of(record("c-1", Outcome.HIRE)), Demographics.of(Map.of())))
                .isInstanceOf(HiringException.class)
                .hasMessageContaining("none of the 1 candidates has a known group (1 without one)");
    }

    static final String SUMMARY = "group,applicants,selected\na,80,40\nb,100,30\nunknown,7,1\n";

    @Test
    void csvReadsFromAStreamAndAFileAsFromAReader(@TempDir Path dir) throws Exception {
        ImpactReport fromReader = ImpactCsv.readSummary(new java.io.StringReader(SUMMARY), false);
        assertThat(fromReader.unknown()).isEqualTo(7);
        assertThat(ImpactCsv.readSummary(new ByteArrayInputStream(SUMMARY.getBytes(StandardCharsets.UTF_8)), false))
                .isEqualTo(fromReader);
        Path file = dir.resolve("summary.csv");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = SUMMARY.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);
        assertThat(ImpactCsv.readSummary(file, false)).isEqualTo(fromReader);
        String individuals = "sex,race,selected\nFemale,Asian,1\nMale,White,0\nFemale,White,1\nMale,Asian,1\n";
        Path ind = dir.resolve("ind.csv");
        Files.writeString(ind, individuals);
        assertThat(Ll144.report(
                        ind, "sex", "race", dev.hiring.analytics.impact.OutcomeColumn.selected("selected"), false))
                .isEqualTo(Ll144.report(
                        new java.io.StringReader(individuals),
                        "sex",
                        "race",
                        dev.hiring.analytics.impact.OutcomeColumn.selected("selected"),
                        false));
    }

    @Test
    void aMalformedByteInACsvStreamNamesItsOffset() {
        byte[] bytes = "group,applicants,selected\na,8,4\n\u00e9,1,0\n".getBytes(StandardCharsets.UTF_8);
        int at = "group,applicants,selected\na,8,4\n".length();
        bytes[at + 1] = (byte) 0x28; // the continuation byte of é replaced: C3 28 is not UTF-8
        assertThatThrownBy(() -> ImpactCsv.readSummary(new ByteArrayInputStream(bytes), false))
                .isInstanceOf(dev.hiring.core.MalformedTextException.class)
                .hasMessageContaining("byte " + at);
    }
}
