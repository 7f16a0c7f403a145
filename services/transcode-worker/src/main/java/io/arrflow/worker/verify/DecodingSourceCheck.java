package io.arrflow.worker.verify;

import io.arrflow.transcode.probe.MediaInfo;
import java.nio.file.Path;

/** {@link SourceCheck} by one full decode pass, held against the {@link SourceStandard}. */
public final class DecodingSourceCheck implements SourceCheck {

    private final DecodePass decodePass;
    private final SourceStandard standard;

    public DecodingSourceCheck(DecodePass decodePass, SourceStandard standard) {
        this.decodePass = decodePass;
        this.standard = standard;
    }

    @Override
    public SourceVerdict check(Path source, MediaInfo media) {
        return standard.judge(decodePass.run(source), media);
    }
}
