package dev.hiring.jdlint;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates the repository root (nearest ancestor of user.dir with {@code .ci/}) and the shared data beside it. */
public final class SharedData {
    private SharedData() {}

    /** The repository root. */
    public static Path repositoryRoot() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.isDirectory(q.resolve(".ci"))) {
                return q;
            }
        }
        return p.getParent() == null ? p : p.getParent();
    }

    /** A path under the shared data directory; skips the test when it is absent. */
    public static Path shared(String relative) {
        Path p = repositoryRoot().resolve("../shared").resolve(relative).normalize();
        Assumptions.assumeTrue(Files.exists(p), "shared data not found at " + p);
        return p;
    }
}
