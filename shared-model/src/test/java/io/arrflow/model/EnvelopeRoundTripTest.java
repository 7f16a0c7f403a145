package io.arrflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EnvelopeRoundTripTest {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static List<ArrflowMessage> messages() {
        return MessageFixtures.oneOfEachMessage();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void every_message_survives_a_round_trip_in_its_envelope(ArrflowMessage message) {
        Envelope sent = Envelope.of(message, "test");

        Envelope received = mapper.readValue(mapper.writeValueAsString(sent), Envelope.class);

        assertThat(received).isEqualTo(sent);
        assertThat(received.payload()).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void the_wire_type_is_the_stable_name_at_the_top_level(ArrflowMessage message) {
        JsonNode json = mapper.readTree(mapper.writeValueAsString(Envelope.of(message, "test")));

        assertThat(json.get("type").asString()).isEqualTo(message.getClass().getSimpleName());
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("payload").has("type")).isFalse();
        assertThat(json.get("occurredAt").asString()).endsWith("Z");
    }

    @Test
    void the_fixtures_cover_every_message_type() {
        Set<Class<?>> sampled = messages().stream().map(Object::getClass).collect(Collectors.toSet());

        assertThat(sampled).containsExactlyInAnyOrderElementsOf(allMessageRecords());
    }

    @Test
    void wire_names_are_unique() {
        List<String> names = allMessageRecords().stream()
                .map(type -> WireNames.of(type.asSubclass(ArrflowMessage.class)))
                .toList();

        assertThat(new HashSet<>(names)).hasSameSizeAs(names);
    }

    @Test
    void a_hand_written_request_without_envelope_fields_is_read() {
        String json = """
                {"type":"TranscodeFile","payload":{"path":"/media/movies/Heat (1995)/Heat.mkv"},"note":"ignored"}""";

        Envelope envelope = mapper.readValue(json, Envelope.class);

        assertThat(envelope.payload())
                .isEqualTo(new TranscodeMessage.TranscodeFile("/media/movies/Heat (1995)/Heat.mkv", null));
        assertThat(envelope.id()).isNull();
        assertThat(envelope.version()).isEqualTo(Envelope.CURRENT_VERSION);
        assertThat(envelope.type()).isEqualTo("TranscodeFile");
    }

    @Test
    void a_caused_message_keeps_the_correlation_id_of_its_cause() {
        Envelope cause = Envelope.of(new TranscodeMessage.TranscodeFile(MessageFixtures.EPISODE, null), "watcher");

        Envelope effect = Envelope.causedBy(
                cause,
                new TranscodeMessage.TranscodeCancelled(MessageFixtures.JOB, MessageFixtures.EPISODE, "deleted"),
                "watcher");

        assertThat(effect.correlationId()).isEqualTo(cause.id().toString());
        assertThat(effect.id()).isNotEqualTo(cause.id());
    }

    @Test
    void an_unknown_wire_type_is_refused() {
        String json = "{\"type\":\"NoSuchThing\",\"payload\":{}}";

        assertThatThrownBy(() -> mapper.readValue(json, Envelope.class)).hasMessageContaining("NoSuchThing");
    }

    @Test
    void an_envelope_needs_a_payload() {
        assertThatThrownBy(() -> new Envelope(null, 1, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void the_subject_names_what_the_message_is_about() {
        assertThat(messages())
                .allSatisfy(message -> assertThat(message.subject()).isNotBlank());
    }

    private static Set<Class<?>> allMessageRecords() {
        return Arrays.stream(ArrflowMessage.class.getPermittedSubclasses())
                .flatMap(family -> Stream.of(family.getPermittedSubclasses()))
                .collect(Collectors.toSet());
    }
}
