package io.arrflow.prober.probe.adapter;

import io.arrflow.prober.probe.Elapsed;
import io.arrflow.prober.probe.Probe;
import io.arrflow.prober.state.Observation;
import io.arrflow.prober.state.Observation.Healthy;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;

/** A TCP port that must accept a connection. */
public final class TcpProbe implements Probe {

    private final String host;
    private final int port;
    private final Duration timeout;

    public TcpProbe(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    @Override
    public Observation probe() throws Exception {
        Elapsed elapsed = new Elapsed();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
        }
        return new Healthy(elapsed.sinceStart(), Map.of("address", host + ":" + port));
    }
}
