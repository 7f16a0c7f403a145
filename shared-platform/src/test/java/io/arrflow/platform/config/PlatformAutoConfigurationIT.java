package io.arrflow.platform.config;

import static io.arrflow.platform.LibraryFixtures.PILOT;
import static io.arrflow.platform.LibraryFixtures.aJobForThePilot;
import static io.arrflow.platform.LibraryFixtures.thePilotShrank;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.platform.testing.TestBroker;
import io.arrflow.platform.testing.TestRedis;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.JobState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(
        classes = PlatformTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"arrflow.api.token=" + PlatformAutoConfigurationIT.TOKEN, "spring.application.name=platform-it"})
class PlatformAutoConfigurationIT {

    static final String TOKEN = "b1f0c5e2-platform-it-token";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MessagePublisher publisher;

    @Autowired
    EnvelopeCodec codec;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    JobRegistry jobs;

    @DynamicPropertySource
    static void theLocalBrokerOnThePlatformVirtualHost(DynamicPropertyRegistry registry) {
        List<String> properties = new ArrayList<>(List.of(TestBroker.springProperties("platform")));
        properties.addAll(List.of(TestRedis.springProperties(6)));
        for (String property : properties) {
            String[] keyAndValue = property.split("=", 2);
            registry.add(keyAndValue[0], () -> keyAndValue[1]);
        }
    }

    @Test
    void a_request_without_a_token_is_answered_401_as_problem_json() throws Exception {
        HttpResponse<String> response = get("/api/library", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("detail").asString())
                .isEqualTo("missing or wrong credentials: send Authorization: Bearer <ARRFLOW_API_TOKEN>");
    }

    @Test
    void a_request_with_a_wrong_token_is_answered_401() throws Exception {
        assertThat(get("/api/library", "not-the-token").statusCode()).isEqualTo(401);
    }

    @Test
    void a_request_with_the_bearer_token_reaches_the_endpoint() throws Exception {
        HttpResponse<String> response = get("/api/library", TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("title").asString()).isEqualTo("The Expanse");
    }

    @Test
    void the_health_check_is_open_to_the_container_runtime() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void the_metrics_need_the_token() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        HttpResponse<String> metrics = get("/actuator/prometheus", TOKEN);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("application=\"platform-it\"");
    }

    @Test
    void a_path_that_climbs_out_of_the_health_check_does_not_skip_authentication() throws Exception {
        for (String sneaky : List.of(
                "/actuator/health/../../api/library",
                "/actuator/health/%2e%2e/%2e%2e/api/library",
                "/actuator/health/..;/..;/api/library")) {
            HttpResponse<String> response = get(sneaky, null);

            assertThat(response.statusCode()).as(sneaky).isIn(400, 401, 404);
            assertThat(response.body()).as(sneaky).doesNotContain("The Expanse");
        }
    }

    @Test
    void an_expected_api_problem_is_answered_with_its_status_and_one_line_detail() throws Exception {
        HttpResponse<String> response = post("/api/jobs", "{\"path\":\"/etc/passwd\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("detail").asString())
                .isEqualTo("path is outside the library roots");
    }

    @Test
    void malformed_json_is_answered_400_with_a_one_line_detail() throws Exception {
        HttpResponse<String> response = post("/api/jobs", "{\"path\": /media/tv}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("detail").asString())
                .startsWith("malformed JSON: ")
                .doesNotContain("\n");
    }

    @Test
    void an_unknown_endpoint_is_named_in_a_404_problem() throws Exception {
        HttpResponse<String> response = get("/api/episodes", TOKEN);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("detail").asString())
                .isEqualTo("no such endpoint: /api/episodes");
    }

    @Test
    void the_auto_configured_publisher_waits_for_confirms_on_the_declared_exchanges() {
        Queue listener = new Queue("arrflow.test.platform-it." + UUID.randomUUID(), false, true, true);
        admin.declareQueue(listener);
        Binding binding = BindingBuilder.bind(listener)
                .to(new TopicExchange(Topology.EVENTS))
                .with("transcode.TranscodeCompleted");
        admin.declareBinding(binding);

        Envelope sent = publisher.publishEvent(thePilotShrank());

        Message stored = rabbit.receive(listener.getName());
        assertThat(stored).isNotNull();
        assertThat(codec.decode(stored.getBody())).isEqualTo(sent);
        assertThat(sent.source()).isEqualTo("platform-it");
        admin.deleteQueue(listener.getName());
    }

    @Test
    void a_request_is_accepted_only_once_the_broker_has_stored_it() throws Exception {
        admin.deleteQueue(Topology.TRANSCODE_REQUESTS);
        String request = "{\"path\":\"" + PILOT + "\",\"profile\":\"hevc\"}";

        HttpResponse<String> refused = post("/api/requests", request);

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(refused.body()).get("detail").asString())
                .isEqualTo(
                        "message broker unavailable: no queue is bound for the message, nothing was queued; retry later");

        admin.declareQueue(
                QueueBuilder.durable(Topology.TRANSCODE_REQUESTS).quorum().build());
        try {
            assertThat(post("/api/requests", request).statusCode()).isEqualTo(202);
            Message stored = rabbit.receive(Topology.TRANSCODE_REQUESTS);
            assertThat(codec.decode(stored.getBody()).payload().subject()).isEqualTo(PILOT);
        } finally {
            admin.deleteQueue(Topology.TRANSCODE_REQUESTS);
            admin.deleteQueue(Topology.TRANSCODE_REQUESTS + Topology.DLQ_SUFFIX);
        }
    }

    @Test
    void the_auto_configured_job_registry_keeps_status_in_redis() {
        RunTranscode job = aJobForThePilot();

        jobs.queued(job);

        assertThat(jobs.status(job.jobId())).hasValueSatisfying(status -> {
            assertThat(status.state()).isEqualTo(JobState.QUEUED);
            assertThat(status.path()).isEqualTo(PILOT);
        });
        assertThat(jobs.cancel(job.jobId(), "test finished")).isTrue();
    }

    @Test
    void a_body_over_the_limit_is_refused_413_whether_its_length_is_declared_or_not() throws Exception {
        String huge = "{\"path\": \"/media/" + "x".repeat(2 * 1024 * 1024) + "\"}";

        HttpResponse<String> declared = post("/api/jobs", huge);
        HttpResponse<String> chunked = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/jobs"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(chunked.body()).get("detail").asString())
                .isEqualTo("request body over 1024 KB (arrflow.api.max-body-size); nothing was done");
        assertThat(post("/api/jobs", "{\"path\": \"/media/pilot.mkv\"}").statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
