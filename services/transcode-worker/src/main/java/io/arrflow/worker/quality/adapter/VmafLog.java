package io.arrflow.worker.quality.adapter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * libvmaf's JSON log ({@code log_fmt=json}): {@code {"frames": [{"frameNum": 0, "metrics": {"vmaf":
 * 97.4, ...}}, ...], ...}}, one entry per scored frame.
 */
final class VmafLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VmafLog() {}

    static double[] read(Path log) throws IOException {
        return parse(Files.readString(log));
    }

    static double[] parse(String json) throws IOException {
        JsonNode frames;
        try {
            frames = JSON.readTree(json).path("frames");
        } catch (JacksonException e) {
            throw new IOException("not JSON: " + e.getOriginalMessage());
        }
        if (!frames.isArray()) {
            throw new IOException("no frames in the VMAF log");
        }
        double[] scores = new double[frames.size()];
        for (int i = 0; i < scores.length; i++) {
            JsonNode vmaf = frames.get(i).path("metrics").path("vmaf");
            if (!vmaf.isNumber()) {
                throw new IOException("frame " + i + " of the VMAF log has no vmaf score");
            }
            scores[i] = vmaf.asDouble();
        }
        return scores;
    }
}
