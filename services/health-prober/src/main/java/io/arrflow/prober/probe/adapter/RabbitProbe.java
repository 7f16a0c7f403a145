package io.arrflow.prober.probe.adapter;

import io.arrflow.prober.probe.Elapsed;
import io.arrflow.prober.probe.Probe;
import io.arrflow.prober.queues.QueueDepth;
import io.arrflow.prober.queues.adapter.RabbitManagement;
import io.arrflow.prober.state.Observation;
import io.arrflow.prober.state.Observation.Failing;
import io.arrflow.prober.state.Observation.Healthy;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** RabbitMQ through its management API: reachable, and no watched queue deeper than its limit. */
public final class RabbitProbe implements Probe {

    private final RabbitManagement management;
    private final Map<String, Long> maxDepth;

    public RabbitProbe(RabbitManagement management, Map<String, Long> maxDepth) {
        this.management = management;
        this.maxDepth = Map.copyOf(maxDepth);
    }

    @Override
    public Observation probe() throws Exception {
        Elapsed elapsed = new Elapsed();
        List<QueueDepth> queues = management.queues();
        Map<String, String> evidence = new TreeMap<>();
        evidence.put("queues", String.valueOf(queues.size()));
        String tooDeep = null;
        for (QueueDepth queue : queues) {
            Long limit = maxDepth.get(queue.name());
            if (limit != null) {
                evidence.put("queue." + queue.name(), String.valueOf(queue.ready()));
                if (queue.ready() > limit && tooDeep == null) {
                    tooDeep = queue.name() + " holds " + queue.ready() + " messages, more than " + limit;
                }
            }
        }
        return tooDeep == null
                ? new Healthy(elapsed.sinceStart(), evidence)
                : new Failing(tooDeep, elapsed.sinceStart(), evidence);
    }
}
