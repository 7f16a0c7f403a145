package io.arrflow.watcher.policy;

import java.util.Arrays;
import java.util.Optional;

/**
 * Transcode profiles a job may ask for. The encoder family decides which worker queue the job goes
 * to: {@code any} lets every worker take it (hardware where present, software otherwise).
 */
public enum Profile {
    HEVC("hevc", "hevc", "any"),
    HEVC_SOFTWARE("hevc-software", "hevc", "software"),
    HEVC_VAAPI("hevc-vaapi", "hevc", "vaapi"),
    HEVC_QSV("hevc-qsv", "hevc", "qsv"),
    AV1("av1", "av1", "software");

    private final String wireName;
    private final String codec;
    private final String encoderFamily;

    Profile(String wireName, String codec, String encoderFamily) {
        this.wireName = wireName;
        this.codec = codec;
        this.encoderFamily = encoderFamily;
    }

    public String wireName() {
        return wireName;
    }

    public String codec() {
        return codec;
    }

    public String encoderFamily() {
        return encoderFamily;
    }

    public static Optional<Profile> named(String name) {
        return Arrays.stream(values()).filter(p -> p.wireName.equals(name)).findFirst();
    }

    public static String known() {
        return String.join(", ", Arrays.stream(values()).map(Profile::wireName).toList());
    }
}
