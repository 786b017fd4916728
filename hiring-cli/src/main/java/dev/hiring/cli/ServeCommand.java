package dev.hiring.cli;

import dev.hiring.core.HiringException;
import dev.hiring.server.HiringServer;
import dev.hiring.server.ServerConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hiring serve}: the SDK as an HTTP service (API v1, OpenAPI, health, metrics) and the recruiter page. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the SDK over HTTP with the built-in guide and policies: API v1 (lint, decide, verify,"
                + " impact, guides, policies, rules), /openapi.json, /health, /metrics and the recruiter page at /."
                + " Stateless. Stops on SIGINT or SIGTERM after the requests in flight finish.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped",
            "2:bad usage: an address other than loopback without --api-key-file, a port in use, an unreadable key"
        })
final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--host",
            defaultValue = ServerConfig.DEFAULT_HOST,
            description = "address to bind (default: ${DEFAULT-VALUE}); any other than loopback needs --api-key-file")
    String host = ServerConfig.DEFAULT_HOST;

    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0: any free one)")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(
            names = "--api-key-file",
            paramLabel = "FILE",
            description = "a file holding the API key that /v1 and /metrics then require (Authorization: Bearer KEY"
                    + " or X-Api-Key: KEY)")
    @Nullable
    String apiKeyFile;

    @Option(
            names = "--cors-origin",
            paramLabel = "ORIGIN",
            description = "a browser origin allowed to call the API cross-origin; repeat it (default: none, no CORS)")
    List<String> corsOrigins = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = ServerConfig.defaults().withAddress(host, port).withCorsOrigins(corsOrigins);
        if (apiKeyFile != null) {
            String key = CliInput.readText(apiKeyFile).strip();
            try {
                config = config.withApiKey(key);
            } catch (HiringException e) {
                throw new HiringException(CliInput.display(apiKeyFile) + ": " + e.getMessage(), e);
            }
        }
        HiringServer server = HiringServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "hiring-serve-stop"));
        spec.commandLine()
                .getErr()
                .println("hiring serve: listening on " + server.url()
                        + (config.apiKey() == null ? "" : " (API key required)") + "; Ctrl-C stops");
        spec.commandLine().getErr().flush();
        stopped.await();
        return HiringCli.OK;
    }
}
