package io.arrflow.worker.encode;

import io.arrflow.worker.hardware.Capabilities;
import io.arrflow.worker.hardware.EncoderFamily;
import java.util.ArrayList;
import java.util.List;

/**
 * The order in which encoders are tried: full hardware pipeline → hardware encode with software
 * decode → software. Notes say why a rung is not on the ladder.
 */
public record Ladder(List<Rung> rungs, List<String> notes) {

    public Ladder {
        rungs = List.copyOf(rungs);
        notes = List.copyOf(notes);
    }

    public static Ladder plan(String jobFamily, Profile profile, Capabilities capabilities) {
        List<Rung> rungs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (EncoderFamily family : hardwareCandidates(jobFamily)) {
            if (!capabilities.has(family)) {
                notes.add(family.wireName() + " skipped: "
                        + capabilities.missing().getOrDefault(family, "not usable"));
            } else if (profile.hardwareEncoder(family).isEmpty()) {
                notes.add(family.wireName() + " skipped: no " + profile.codec() + " hardware encoder in this ffmpeg");
            } else {
                rungs.add(new Rung(family, true));
                rungs.add(new Rung(family, false));
            }
        }
        rungs.add(Rung.SOFTWARE);
        return new Ladder(rungs, notes);
    }

    private static List<EncoderFamily> hardwareCandidates(String jobFamily) {
        return switch (jobFamily == null ? "any" : jobFamily) {
            case "software" -> List.of();
            case "vaapi" -> List.of(EncoderFamily.VAAPI);
            case "qsv" -> List.of(EncoderFamily.QSV);
            default -> List.of(EncoderFamily.VAAPI, EncoderFamily.QSV);
        };
    }
}
