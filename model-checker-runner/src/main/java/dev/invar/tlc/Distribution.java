package dev.invar.tlc;

import java.util.Objects;

/**
 * TLC's own distributed mode: a TLCServer that holds the state queue and fingerprints, and TLCWorker
 * JVMs that compute successors over RMI. Invar starts the server and {@code localWorkers} workers on
 * this machine; workers on other machines join with
 * {@code java -cp tla2tools.jar tlc2.tool.distributed.TLCWorker <serverHost>}.
 *
 * @param serverHost the address workers use to reach the server (RMI's {@code java.rmi.server.hostname})
 */
public record Distribution(int localWorkers, String serverHost) {
    public Distribution {
        Objects.requireNonNull(serverHost, "serverHost");
        if (localWorkers < 0) {
            throw new IllegalArgumentException("localWorkers must be >= 0");
        }
    }

    public static Distribution onLoopback(int localWorkers) {
        return new Distribution(localWorkers, "127.0.0.1");
    }
}
