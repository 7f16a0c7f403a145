package io.arrflow.worker.encode;

import io.arrflow.worker.hardware.EncoderFamily;

/**
 * One step of the encoder ladder.
 *
 * @param family the encoder family
 * @param hardwareDecode decode on the device too (full hardware pipeline)
 */
public record Rung(EncoderFamily family, boolean hardwareDecode) {

    public static final Rung SOFTWARE = new Rung(EncoderFamily.SOFTWARE, false);

    public String describe() {
        if (family == EncoderFamily.SOFTWARE) {
            return "software";
        }
        return family.wireName() + (hardwareDecode ? " full hardware pipeline" : " encode with software decode");
    }
}
