package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.server.HiringServer;
import dev.hiring.server.ServerConfig;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    static final String POSTING = """
            # Rockstar Data Engineer!

            **Salary:** competitive. Hybrid in Porto.

            ## What you will do

            - Build the ingestion pipelines for our sensor fleet
            - 6+ years of experience with Python
            - Be a self-starter
            """;

    /** A POST over java.base's HttpURLConnection (the command's tests run on the module path). */
    static String post(String url, String type, String body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", type);
        try (var out = c.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        try (var in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            c.disconnect();
        }
    }

    @Test
    void theServersLintJsonIsTheCommandsForTheSamePosting(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("posting.md");
        Files.writeString(md, POSTING, StandardCharsets.UTF_8);
        Path html = dir.resolve("posting.html");
        Files.writeString(html, "<h1>Ninja Analyst</h1><p>Salary: competitive.</p>", StandardCharsets.UTF_8);
        List<String> compared = new ArrayList<>();
        try (HiringServer s = HiringServer.start(
                ServerConfig.defaults().withAddress("127.0.0.1", 0).withAccessLog(l -> {}))) {
            for (Path p : List.of(md, html)) {
                CliRun cli = CliRun.of("lint", "--format", "json", "--fail-on", "never", p.toString());
                assertThat(cli.exitCode()).isZero();
                CliSchemas.assertValid("lint-report", cli.out());
                String type = p.toString().endsWith(".html") ? "text/html" : "text/markdown";
                String served = post(s.url() + "/v1/lint?path=" + p, type, Files.readString(p, StandardCharsets.UTF_8));
                assertThat(served + "\n").isEqualTo(cli.out());
                compared.add(p.getFileName().toString());
            }
        }
        assertThat(compared).containsExactly("posting.md", "posting.html");
    }

    @Test
    void aNonLoopbackBindWithoutAKeyIsRefused() {
        CliRun run = CliRun.of("serve", "--host", "0.0.0.0", "--port", "0");
        assertThat(run.exitCode()).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(run.err()).contains("without an API key").doesNotContain("Exception");
    }

    @Test
    void aShortKeyFileIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Path key = dir.resolve("key");
        Files.writeString(key, "short\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("serve", "--port", "0", "--api-key-file", key.toString());
        assertThat(run.exitCode()).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(run.err()).contains(key.toString()).contains("at least 16");
    }
}
