package dev.hiring.analytics.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.core.HiringGuide;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.guide.GuideRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Funnel options come from the guide given: a company's own guide gives its range and reasons. */
class FunnelOptionsGuideTest {
    @Test
    void aCompanysGuideGivesItsOwnTouchpointRangeAndReasons() {
        HiringGuide data = GuideRegistry.read(Path.of("..", "examples", "guides", "data-engineer.json"));
        FunnelOptions o = FunnelOptions.from(data);
        assertThat(o.minTouchpoints()).isEqualTo(3);
        assertThat(o.maxTouchpoints()).isEqualTo(6);
        assertThat(o.rejectionReasons()).containsExactly("no-rerun-safety", "weak-sql", "no-quality-thinking");
        FunnelOptions builtIn = FunnelOptions.from(HiringGuides.seniorBackendEngineer());
        assertThat(builtIn.maxTouchpoints()).isEqualTo(5);
        assertThat(builtIn.rejectionReasons()).doesNotContainAnyElementsOf(o.rejectionReasons());
    }
}
