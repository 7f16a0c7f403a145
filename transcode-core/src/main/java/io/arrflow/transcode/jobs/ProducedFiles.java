package io.arrflow.transcode.jobs;

/**
 * The loop guard: transcode-worker records every file it put in place (path, size, mtime), and
 * library-watcher never queues such a file again, whoever reports it.
 */
public interface ProducedFiles {

    void record(FileFingerprint file);

    boolean contains(FileFingerprint file);
}
