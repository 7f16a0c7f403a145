package io.arrflow.prober.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class EndpointTest {

    @Test
    void a_url_without_a_port_is_named_with_its_schemes_usual_port() {
        assertThat(Endpoint.of(URI.create("http://sonarr/ping"))).hasToString("sonarr:80");
        assertThat(Endpoint.of(URI.create("https://sonarr.example.org"))).hasToString("sonarr.example.org:443");
        assertThat(Endpoint.of(URI.create("rediss://:secret@redis"))).hasToString("redis:6379");
    }

    @Test
    void a_url_with_a_port_keeps_it_and_a_unix_socket_has_no_endpoint() {
        assertThat(Endpoint.of(URI.create("tcp://127.0.0.1:8989"))).isEqualTo(new Endpoint("127.0.0.1", 8989));
        assertThat(Endpoint.of(URI.create("tcp://socket-proxy"))).hasToString("socket-proxy");
        assertThat(Endpoint.of(URI.create("unix:///var/run/docker.sock"))).isNull();
    }
}
