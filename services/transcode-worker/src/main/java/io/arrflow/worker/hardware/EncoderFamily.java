package io.arrflow.worker.hardware;

import java.util.Arrays;
import java.util.Optional;

/** A family of encoders a node may have; its wire name is the job's routing key. */
public enum EncoderFamily {
    SOFTWARE("software"),
    VAAPI("vaapi"),
    QSV("qsv");

    private final String wireName;

    EncoderFamily(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean isHardware() {
        return this != SOFTWARE;
    }

    public static Optional<EncoderFamily> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(f -> f.wireName.equalsIgnoreCase(name))
                .findFirst();
    }
}
