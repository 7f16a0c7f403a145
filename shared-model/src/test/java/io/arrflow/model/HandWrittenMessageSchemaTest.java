package io.arrflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The shipped JSON Schemas accept what arrflow writes and refuse what it would refuse. */
class HandWrittenMessageSchemaTest {

    private final ObjectMapper schemaMapper = new ObjectMapper();
    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void a_transcode_request_written_by_arrflow_matches_its_schema() throws Exception {
        String json = mapper.writeValueAsString(
                Envelope.of(new TranscodeMessage.TranscodeFile(MessageFixtures.EPISODE, "hevc"), "test"));

        assertThat(errors("TranscodeFile.v1", json)).isEmpty();
    }

    @Test
    void a_transcode_request_without_a_path_breaks_the_schema() throws Exception {
        assertThat(errors("TranscodeFile.v1", "{\"type\":\"TranscodeFile\",\"payload\":{\"profile\":\"hevc\"}}"))
                .anySatisfy(error -> assertThat(error.getMessage()).contains("path"));
    }

    @Test
    void a_relative_path_breaks_the_schema() throws Exception {
        assertThat(errors("TranscodeFile.v1", "{\"type\":\"TranscodeFile\",\"payload\":{\"path\":\"tv/a.mkv\"}}"))
                .isNotEmpty();
    }

    @Test
    void a_rotate_command_written_by_arrflow_matches_its_schema() throws Exception {
        String json = mapper.writeValueAsString(
                Envelope.of(new SecretMessage.RotateSecret("sonarr-api-key", "scheduled"), "test"));

        assertThat(errors("RotateSecret.v1", json)).isEmpty();
    }

    @Test
    void a_rotate_command_carrying_a_value_breaks_the_schema() throws Exception {
        String json = "{\"type\":\"RotateSecret\",\"payload\":{\"name\":\"sonarr-api-key\",\"value\":\"x\"}}";

        assertThat(errors("RotateSecret.v1", json)).isNotEmpty();
    }

    @Test
    void a_source_damaged_event_published_by_arrflow_matches_its_schema() throws Exception {
        String json = mapper.writeValueAsString(Envelope.of(MessageFixtures.aDamagedEpisode(), "transcode-worker"));

        assertThat(errors("SourceDamaged.v1", json)).isEmpty();
    }

    @Test
    void a_source_damaged_event_about_a_file_found_on_disk_has_no_arr_item_and_matches_its_schema() throws Exception {
        TranscodeMessage.SourceDamaged damaged = MessageFixtures.aDamagedEpisode();
        String json = mapper.writeValueAsString(Envelope.of(
                new TranscodeMessage.SourceDamaged(
                        damaged.jobId(),
                        damaged.path(),
                        damaged.decodeErrors(),
                        damaged.declaredSeconds(),
                        damaged.decodedSeconds(),
                        damaged.reason(),
                        null),
                "transcode-worker"));

        assertThat(json).doesNotContain("arrItem");
        assertThat(errors("SourceDamaged.v1", json)).isEmpty();
    }

    @Test
    void a_source_damaged_event_without_its_finding_breaks_the_schema() throws Exception {
        String json = "{\"type\":\"SourceDamaged\",\"payload\":{\"jobId\":\"" + MessageFixtures.JOB
                + "\",\"path\":\"/tv/a.mkv\"}}";

        assertThat(errors("SourceDamaged.v1", json))
                .anySatisfy(error -> assertThat(error.getMessage()).contains("reason"));
    }

    private Set<ValidationMessage> errors(String schemaName, String json) throws Exception {
        try (InputStream schema = getClass().getResourceAsStream("/schemas/" + schemaName + ".schema.json")) {
            JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema);
            return validator.validate(schemaMapper.readTree(json));
        }
    }
}
