package io.arrflow.prober.probe.adapter;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.HealthState;
import com.github.dockerjava.api.command.HealthStateLog;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import io.arrflow.prober.probe.ContainerCondition;
import io.arrflow.prober.probe.Elapsed;
import io.arrflow.prober.probe.Probe;
import io.arrflow.prober.state.Observation;
import io.arrflow.prober.state.Observation.Failing;
import java.util.List;
import java.util.Map;

/** A Docker container, inspected through the engine's API. */
public final class DockerProbe implements Probe {

    private final DockerClient docker;
    private final String container;

    public DockerProbe(DockerClient docker, String container) {
        this.docker = docker;
        this.container = container;
    }

    @Override
    public Observation probe() {
        Elapsed elapsed = new Elapsed();
        try {
            InspectContainerResponse.ContainerState state =
                    docker.inspectContainerCmd(container).exec().getState();
            return condition(state).judge(elapsed.sinceStart());
        } catch (NotFoundException e) {
            return new Failing("no container named " + container, elapsed.sinceStart(), Map.of("container", container));
        }
    }

    static ContainerCondition condition(InspectContainerResponse.ContainerState state) {
        HealthState health = state.getHealth();
        String healthStatus = health == null ? null : health.getStatus();
        String lastOutput = null;
        if (health != null && health.getLog() != null && !health.getLog().isEmpty()) {
            List<HealthStateLog> log = health.getLog();
            lastOutput = log.getLast().getOutput();
        }
        Long exitCode = state.getExitCodeLong();
        boolean running = "running".equals(state.getStatus());
        return new ContainerCondition(
                String.valueOf(state.getStatus()),
                healthStatus,
                running || exitCode == null ? null : exitCode.intValue(),
                lastOutput);
    }
}
