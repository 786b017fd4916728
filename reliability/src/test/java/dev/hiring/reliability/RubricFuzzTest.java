package dev.hiring.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hiring.core.HiringException;
import dev.hiring.core.RatingScale;
import dev.hiring.core.json.HiringJson;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.NativeFormat;
import dev.hiring.rubric.Scorecard;
import dev.hiring.rubric.importer.AtsImporter;
import dev.hiring.rubric.importer.AtsMapping;
import dev.hiring.rubric.importer.AtsVendor;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz tests of hiring-rubric's JSON readers: the native evaluation format, every vendor importer, the policy and
 * the mapping parsers, and the value types read through {@link HiringJson}. Whatever the bytes, a reader returns a
 * value or throws the SDK's {@link HiringException}; what it returns can be decided by the policy (or is rejected
 * with the SDK's exception) and survives a native-format round trip. In {@code mvn verify} Jazzer replays the
 * regression corpus in {@code src/test/resources/dev/hiring/reliability/RubricFuzzTestInputs/}.
 */
class RubricFuzzTest {
    private static final DecisionPolicy POLICY = HiringPolicies.seniorBackendEngineer();
    private static final RatingScale SCALE = POLICY.ratingScale();
    private static final int READERS = 4 + AtsVendor.values().length;

    @FuzzTest(maxDuration = "10s")
    void jsonReaders(byte[] input) {
        int reader = Math.floorMod(FuzzBytes.first(input), READERS);
        String json = FuzzBytes.rest(input);
        try {
            switch (reader) {
                case 0 -> use(NativeFormat.read(json, SCALE));
                case 1 -> DecisionPolicy.parse(DecisionPolicy.parse(json).toJson());
                case 2 -> AtsMapping.parse(json);
                case 3 -> HiringJson.read(json, Scorecard.class);
                default ->
                    use(AtsImporter.of(vendor(reader - 4), AtsMapping.empty(), POLICY)
                            .read(json));
            }
        } catch (HiringException expected) {
            // documented
        }
    }

    @FuzzTest(maxDuration = "10s")
    void vendorPayloadWithMapping(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int split = text.indexOf('\u0000');
        try {
            // without a NUL the whole input is the mapping, and the payload is empty
            AtsMapping mapping = AtsMapping.parse(split < 0 ? text : text.substring(0, split));
            String payload = split < 0 ? "" : text.substring(split + 1);
            for (AtsVendor v : AtsVendor.values()) {
                try {
                    use(AtsImporter.of(v, mapping, POLICY).read(payload));
                } catch (HiringException expected) {
                    // documented
                }
            }
        } catch (HiringException expected) {
            // documented
        }
    }

    /** The vendor a fuzz byte picks; which byte picks which does not matter. */
    @SuppressWarnings("EnumOrdinal")
    private static AtsVendor vendor(int index) {
        return AtsVendor.values()[index];
    }

    private static void use(CandidateEvaluation e) {
        if (e.toString().isEmpty()) {
            throw new AssertionError("empty toString");
        }
        String written = NativeFormat.write(e, SCALE);
        CandidateEvaluation again = NativeFormat.read(written, SCALE);
        if (!again.equals(e)) {
            throw new AssertionError("native round trip changed the evaluation");
        }
        try {
            POLICY.decide(e).toJson();
        } catch (HiringException expected) {
            // scorecards that do not fit the policy: documented
        }
    }
}
