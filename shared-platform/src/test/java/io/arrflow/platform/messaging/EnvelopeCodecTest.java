package io.arrflow.platform.messaging;

import static io.arrflow.platform.LibraryFixtures.aJobForThePilot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EnvelopeCodecTest {

    private final EnvelopeCodec codec = new EnvelopeCodec();

    @Test
    void an_envelope_survives_the_trip_to_bytes_and_back() {
        Envelope job = Envelope.of(aJobForThePilot(), "library-watcher");

        Envelope decoded = codec.decode(codec.encode(job));

        assertThat(decoded).isEqualTo(job);
        assertThat(decoded.payload()).isInstanceOf(RunTranscode.class);
    }

    @Test
    void the_wire_form_names_the_payload_type_at_the_top_level() {
        String json =
                new String(codec.encode(Envelope.of(aJobForThePilot(), "library-watcher")), StandardCharsets.UTF_8);

        assertThat(json).contains("\"type\":\"RunTranscode\"").contains("\"source\":\"library-watcher\"");
    }

    @Test
    void a_hand_written_request_with_unknown_fields_is_still_read() {
        Envelope request = codec.decode("""
                {"type":"TranscodeFile","source":"rabbitmq-management","comment":"please",
                 "payload":{"path":"/media/movies/Dune (2021)/Dune.mkv","profile":"hevc","priority":"high"}}""");

        assertThat(request.type()).isEqualTo("TranscodeFile");
        assertThat(request.version()).isEqualTo(Envelope.CURRENT_VERSION);
        assertThat(request.payload().subject()).isEqualTo("/media/movies/Dune (2021)/Dune.mkv");
    }

    @Test
    void broken_json_is_unreadable_with_a_one_line_reason_and_no_source_excerpt() {
        String body = "{\"type\":\"TranscodeFile\",\n \"payload\": {\"path\": not-json}}";

        assertThatThrownBy(() -> codec.decode(body))
                .isInstanceOf(UnreadableMessage.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .isNotBlank()
                        .doesNotContain("\n")
                        .doesNotContain("[Source:")
                        .doesNotContain("line: "));
    }

    @Test
    void an_unknown_message_type_is_unreadable_and_names_the_type() {
        assertThatThrownBy(() -> codec.decode("{\"type\":\"DeleteEverything\",\"payload\":{}}"))
                .isInstanceOf(UnreadableMessage.class)
                .hasMessageContaining("DeleteEverything")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void an_envelope_without_a_payload_is_unreadable() {
        assertThatThrownBy(() -> codec.decode("{\"id\":\"5b0c6f0e-3d5b-4c55-9a8e-0f1f2b3c4d5e\",\"version\":1}"))
                .isInstanceOf(UnreadableMessage.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain("\n"));
    }

    @Test
    void an_empty_body_is_unreadable() {
        assertThatThrownBy(() -> codec.decode(new byte[0]))
                .isInstanceOf(UnreadableMessage.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
    }

    @Test
    void a_reason_keeps_only_the_first_line_and_at_most_three_hundred_characters() {
        String reason = EnvelopeCodec.oneLine(new IllegalStateException("x".repeat(400) + "\nsecond line"));

        assertThat(reason).hasSize(301).endsWith("…").doesNotContain("second line");
    }

    @Test
    void an_error_without_a_message_is_named_by_its_type() {
        assertThat(EnvelopeCodec.oneLine(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
