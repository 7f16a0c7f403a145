package io.arrflow.transcode.jobs.planted;

import com.github.kokorin.jaffree.StreamType;

/** A planted violation: a class in the jobs domain that knows Jaffree. Only ArchitectureTest imports it. */
public final class ProbesInTheDomain {

    private ProbesInTheDomain() {}

    public static boolean isVideo(StreamType type) {
        return type == StreamType.VIDEO;
    }
}
