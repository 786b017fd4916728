package dev.hiring.examples.beam;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;

/**
 * Starts a Flink mini-cluster (one TaskManager, two task slots) whose REST endpoint listens on {@code 127.0.0.1:<port>}
 * and keeps it up for the given number of seconds: a JobManager to submit the pipelines to with {@code
 * --runner=FlinkRunner --flinkMaster=127.0.0.1:<port>}, which takes the remote-submission path (the jars are staged
 * to the cluster over REST) without a Flink installation. Usage: {@code LocalFlinkCluster <port> <seconds>}.
 */
public final class LocalFlinkCluster {
    private LocalFlinkCluster() {}

    /** Starts the cluster, prints its REST address, and stops it after the given number of seconds. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: LocalFlinkCluster <port> <seconds>");
        }
        Configuration config = new Configuration();
        config.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        config.set(RestOptions.ADDRESS, "127.0.0.1");
        config.set(RestOptions.PORT, Integer.parseInt(args[0]));
        MiniClusterConfiguration cluster = new MiniClusterConfiguration.Builder()
                .setConfiguration(config)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(2)
                .build();
        // Closed in finally rather than by try-with-resources: MiniCluster.close() may throw InterruptedException.
        MiniCluster flink = new MiniCluster(cluster);
        try {
            flink.start();
            System.out.println(
                    "Flink REST endpoint at " + flink.getRestAddress().get());
            Thread.sleep(Long.parseLong(args[1]) * 1000);
        } finally {
            flink.close();
        }
    }
}
