package dev.hiring.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.server.HiringServer;
import dev.hiring.server.ServerConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {
    @Test
    void sendsABoundedNumberOfRequestsAndCountsEveryAnswer() {
        try (HiringServer s = HiringServer.start(
                ServerConfig.defaults().withAddress("127.0.0.1", 0).withAccessLog(l -> {}))) {
            LoadGenerator.Report lint =
                    LoadGenerator.run(s.url(), LoadGenerator.target("lint", null), 50, 20, Duration.ofSeconds(30));
            assertThat(lint.sent()).isEqualTo(20);
            assertThat(lint.ok()).isEqualTo(20);
            assertThat(lint.errors()).isZero();
            assertThat(lint.p99Ms()).isGreaterThanOrEqualTo(lint.p50Ms());
            LoadGenerator.Report decide =
                    LoadGenerator.run(s.url(), LoadGenerator.target("decide", null), 50, 10, Duration.ofSeconds(30));
            assertThat(decide.ok()).isEqualTo(10);
        }
    }

    @Test
    void refusesAnythingButLoopback() {
        assertThatThrownBy(() -> LoadGenerator.run(
                        "http://10.0.0.1:8080", LoadGenerator.target("decide", null), 1, 1, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentilesAreOrderStatistics() {
        long[] sorted = {1_000_000, 2_000_000, 3_000_000, 4_000_000};
        assertThat(LoadGenerator.percentile(sorted, 0.5)).isEqualTo(2.0);
        assertThat(LoadGenerator.percentile(sorted, 0.99)).isEqualTo(4.0);
    }

    @Test
    void countsTheQueuedMethodsOfACompilerQueueListing() {
        String text = """
                Current compiles:
                C2 CompilerThread0  7211       4       a.B::parse (685 bytes)

                C1 compile queue:
                Empty

                C2 compile queue:
                2252   !   4       a.C::get (20 bytes)
                2392       4       a.D::is (9 bytes)

                """;
        assertThat(LoadGenerator.queuedMethods(text)).isEqualTo(2);
        assertThat(LoadGenerator.queuedMethods("C1 compile queue:\nEmpty\n\nC2 compile queue:\nEmpty\n"))
                .isZero();
    }

    @Test
    void readsTheCpuTicksOfCompilerThreadsOnly() {
        String rest = " S 1 2 3 4 5 6 7 8 9 10 120 30 0 0 20 0 1 0\n";
        assertThat(LoadGenerator.compilerTicksOf("77 (C2 CompilerThre)" + rest)).isEqualTo(150);
        assertThat(LoadGenerator.compilerTicksOf("78 (C1 CompilerThre)" + rest)).isEqualTo(150);
        assertThat(LoadGenerator.compilerTicksOf("79 (hiring-work-1)" + rest)).isZero();
        assertThat(LoadGenerator.compilerTicksOf("garbage")).isZero();
    }
}
