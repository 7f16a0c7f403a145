package io.arrflow.prober.probe.adapter;

import io.arrflow.prober.probe.Elapsed;
import io.arrflow.prober.probe.Probe;
import io.arrflow.prober.state.Observation;
import io.arrflow.prober.state.Observation.Failing;
import io.arrflow.prober.state.Observation.Healthy;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import redis.clients.jedis.Jedis;

/** A Redis server answering {@code PING}; the URL may carry a password, which never reaches the evidence. */
public final class RedisProbe implements Probe {

    private final URI url;
    private final String password;
    private final Duration timeout;

    public RedisProbe(URI url, String password, Duration timeout) {
        this.url = url;
        this.password = password;
        this.timeout = timeout;
    }

    @Override
    public Observation probe() {
        Elapsed elapsed = new Elapsed();
        Map<String, String> evidence = Map.of("address", url.getHost() + ":" + url.getPort());
        try (Jedis jedis = new Jedis(url, (int) timeout.toMillis())) {
            if (password != null && !password.isBlank()) {
                jedis.auth(password);
            }
            String answer = jedis.ping();
            return "PONG".equals(answer)
                    ? new Healthy(elapsed.sinceStart(), evidence)
                    : new Failing("PING answered " + answer, elapsed.sinceStart(), evidence);
        }
    }
}
