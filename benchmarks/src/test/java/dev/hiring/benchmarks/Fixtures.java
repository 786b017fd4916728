package dev.hiring.benchmarks;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The test's own tiny postings and labels under {@code src/test/resources/eval}. */
final class Fixtures {
    private Fixtures() {}

    /** A path under {@code eval/} on the test class path. */
    static Path eval(String relative) {
        URL url = Fixtures.class.getResource("/eval/" + relative);
        if (url == null) {
            throw new IllegalStateException("missing test resource eval/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The corpus directory of the fixture postings. */
    static Path posts() {
        return eval("posts");
    }
}
