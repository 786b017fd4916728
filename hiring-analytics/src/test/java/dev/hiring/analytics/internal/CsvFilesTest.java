package dev.hiring.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.analytics.agreement.RatingTable;
import dev.hiring.analytics.impact.ImpactCsv;
import dev.hiring.core.HiringException;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFilesTest {
    @TempDir
    Path dir;

    private static int openFiles() {
        return Objects.requireNonNull(new File("/proc/self/fd").list()).length;
    }

    /** A file that fails to parse, or is not UTF-8, is closed all the same: no descriptor is left open per call. */
    @Test
    void filesAreClosedWhenReadingFails() throws Exception {
        Assumptions.assumeTrue(new File("/proc/self/fd").isDirectory(), "needs /proc/self/fd to count open files");
        Path ragged = Files.writeString(dir.resolve("ragged.csv"), "unit,r1,r2\nu1,1\n");
        Path notUtf8 = Files.write(dir.resolve("bytes.csv"), new byte[] {'g', ',', (byte) 0xC3, '\n'});
        Path summary = Files.writeString(dir.resolve("summary.csv"), "group,applicants,selected\nmen,100,60\n");
        int before = openFiles();
        for (int i = 0; i < 200; i++) {
            assertThatThrownBy(() -> RatingTable.readCsv(ragged)).isInstanceOf(HiringException.class);
            assertThatThrownBy(() -> ImpactCsv.readSummary(notUtf8, false)).isInstanceOf(HiringException.class);
            assertThat(ImpactCsv.readSummary(summary, false).groups()).isNotEmpty();
        }
        assertThat(openFiles()).isLessThan(before + 20);
    }

    /** A missing file is an I/O error that starts with the file's name. */
    @Test
    void aMissingFileNamesOnlyTheFile() {
        Path missing = dir.resolve("secret-dir").resolve("nope.csv");
        assertThatThrownBy(() -> CsvFiles.read(missing, r -> r))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("nope.csv: ");
    }
}
