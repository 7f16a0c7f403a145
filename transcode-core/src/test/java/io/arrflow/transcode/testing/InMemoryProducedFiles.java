package io.arrflow.transcode.testing;

import io.arrflow.transcode.jobs.FileFingerprint;
import io.arrflow.transcode.jobs.ProducedFiles;
import java.util.HashSet;
import java.util.Set;

/** The loop guard in memory, for unit tests. */
public final class InMemoryProducedFiles implements ProducedFiles {

    private final Set<FileFingerprint> produced = new HashSet<>();

    @Override
    public synchronized void record(FileFingerprint file) {
        produced.add(file);
    }

    @Override
    public synchronized boolean contains(FileFingerprint file) {
        return produced.contains(file);
    }
}
