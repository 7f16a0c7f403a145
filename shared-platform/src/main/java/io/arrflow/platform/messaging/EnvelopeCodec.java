package io.arrflow.platform.messaging;

import io.arrflow.model.Envelope;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Turns envelopes into JSON bytes and back; unreadable input becomes an {@link UnreadableMessage}. */
public final class EnvelopeCodec {

    private final JsonMapper mapper;

    public EnvelopeCodec() {
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public byte[] encode(Envelope envelope) {
        return mapper.writeValueAsBytes(envelope);
    }

    public Envelope decode(byte[] body) {
        try {
            return mapper.readValue(body, Envelope.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new UnreadableMessage(oneLine(e), e);
        }
    }

    public Envelope decode(String body) {
        return decode(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The first line of a parser error, without the source excerpt Jackson appends. */
    static String oneLine(Exception e) {
        String message = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String firstLine = message.lines().findFirst().orElse(message).trim();
        return firstLine.length() > 300 ? firstLine.substring(0, 300) + "…" : firstLine;
    }
}
