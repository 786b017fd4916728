package dev.hiring.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hiring.analytics.agreement.FleissKappa;
import dev.hiring.analytics.agreement.IccModel;
import dev.hiring.analytics.agreement.IccUnit;
import dev.hiring.analytics.agreement.IntraclassCorrelation;
import dev.hiring.analytics.agreement.KrippendorffAlpha;
import dev.hiring.analytics.agreement.MeasurementLevel;
import dev.hiring.analytics.agreement.RatingTable;
import dev.hiring.analytics.calibration.Calibration;
import dev.hiring.analytics.funnel.Funnel;
import dev.hiring.analytics.funnel.FunnelOptions;
import dev.hiring.analytics.impact.AdverseImpact;
import dev.hiring.analytics.impact.ImpactCsv;
import dev.hiring.analytics.impact.OutcomeColumn;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringGuides;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.JdReader;
import dev.hiring.jdlint.Linter;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.NativeFormat;
import dev.hiring.rubric.Scorecard;
import dev.hiring.rubric.importer.AtsImporter;
import dev.hiring.rubric.importer.AtsMapping;
import dev.hiring.rubric.importer.AtsVendor;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Null arguments. Every SDK package is {@code @NullMarked}: null is never a valid argument unless a parameter is
 * annotated {@code @Nullable}. No javadoc promises a particular exception for null, so the guarantee tested here
 * is the weaker one: a null argument fails at once with a {@link NullPointerException} (the JDK's helpful message
 * names the variable) or the SDK's {@link HiringException}, never a result and never another exception type.
 */
class NullArgumentsTest {
    private static final Linter LINTER = Linter.builder().build();
    private static final DecisionPolicy POLICY = HiringPolicies.seniorBackendEngineer();

    @SuppressWarnings("NullAway")
    static Stream<Arguments> calls() {
        return Stream.of(
                call("Linter.lint((String) null, format)", () -> LINTER.lint((String) null, InputFormat.MARKDOWN)),
                call(
                        "Linter.lint((InputStream) null, format)",
                        () -> LINTER.lint((java.io.InputStream) null, InputFormat.MARKDOWN)),
                call(
                        "Linter.lint(stream, null)",
                        () -> LINTER.lint(new java.io.ByteArrayInputStream(new byte[] {'x'}), null)),
                call("Linter.lint((Path) null)", () -> LINTER.lint((java.nio.file.Path) null)),
                call("Linter.lint(text, null)", () -> LINTER.lint("x", null)),
                call("Linter.lint((JdDocument) null)", () -> LINTER.lint((JdDocument) null)),
                call(
                        "Linter.Builder.config(null)",
                        () -> Linter.builder().config(null).build()),
                call("JdReader.read(null, format)", () -> JdReader.of().read(null, InputFormat.TEXT)),
                call("InputFormat.fromFileName(null)", () -> InputFormat.fromFileName(null)),
                call("LintConfig.parse(null)", () -> dev.hiring.jdlint.LintConfig.parse(null)),
                call("Baseline.parse(null)", () -> dev.hiring.jdlint.Baseline.parse(null)),
                call(
                        "AtsImporter.of(null, mapping, scale)",
                        () -> AtsImporter.of(null, AtsMapping.empty(), POLICY.ratingScale())),
                call("NativeFormat.read(null, scale)", () -> NativeFormat.read(null, POLICY.ratingScale())),
                call(
                        "AtsImporter.read(null)",
                        () -> AtsImporter.of(AtsVendor.GREENHOUSE, AtsMapping.empty(), POLICY.ratingScale())
                                .read((String) null)),
                call("AtsMapping.parse(null)", () -> AtsMapping.parse(null)),
                call("DecisionPolicy.parse(null)", () -> DecisionPolicy.parse(null)),
                call("DecisionPolicy.decide(null)", () -> POLICY.decide(null)),
                call("DecisionPolicy.aggregate(null)", () -> POLICY.aggregate(null)),
                call(
                        "Scorecard.Builder.notes(null)",
                        () -> Scorecard.builder()
                                .candidate("c")
                                .interviewer("i")
                                .notes((String) null)
                                .build()),
                call("CandidateEvaluation.of(null, role, cards)", () -> CandidateEvaluation.of(null, "r", List.of())),
                call("RatingTable.readCsv(null)", () -> RatingTable.readCsv((java.io.Reader) null)),
                call("RatingTable.of(null, rows)", () -> RatingTable.of(null, List.of())),
                call("ImpactCsv.readSummary(null, flag)", () -> ImpactCsv.readSummary((java.io.Reader) null, false)),
                call(
                        "ImpactCsv.readIndividuals(reader, null, ...)",
                        () -> ImpactCsv.readIndividuals(
                                new StringReader("a,b\n"), null, OutcomeColumn.selected("b"), false)),
                call(
                        "Funnel.readCsv((java.io.Reader) null, options)",
                        () -> Funnel.readCsv(
                                (java.io.Reader) null, FunnelOptions.from(HiringGuides.seniorBackendEngineer()))),
                call(
                        "Funnel.readCsv(reader, null)",
                        () -> Funnel.readCsv(new StringReader("candidate,stage,timestamp,source\n"), null)),
                call(
                        "Funnel.analyze(null, options)",
                        () -> Funnel.analyze(null, FunnelOptions.from(HiringGuides.seniorBackendEngineer()))),
                call("Calibration.compute(null, ...)", () -> Calibration.compute(null, List.of(), List.of(), 5)),
                call("FleissKappa.compute(null, categories)", () -> FleissKappa.compute((long[][]) null, List.of())),
                call(
                        "IntraclassCorrelation.compute(null, ...)",
                        () -> IntraclassCorrelation.compute((double[][]) null, IccModel.ICC2, IccUnit.SINGLE)),
                call(
                        "KrippendorffAlpha.compute(null, level)",
                        () -> KrippendorffAlpha.compute((RatingTable) null, MeasurementLevel.NOMINAL)),
                call("MeasurementLevel.parse(null)", () -> MeasurementLevel.parse(null)),
                call(
                        "AdverseImpact.analyze(null)",
                        () -> AdverseImpact.analyze((dev.hiring.analytics.impact.ImpactInput) null)));
    }

    private static Arguments call(String name, Runnable r) {
        return Arguments.of(name, r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void nullFailsAtOnceWithNpeOrTheSdkException(String name, Runnable call) {
        Throwable thrown = catchThrowable(call::run);

        assertThat(thrown).as(name).isNotNull();
        assertThat(thrown).as(name).isInstanceOfAny(NullPointerException.class, HiringException.class);
    }
}
