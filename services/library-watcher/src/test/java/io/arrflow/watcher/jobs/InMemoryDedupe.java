package io.arrflow.watcher.jobs;

import io.arrflow.transcode.jobs.FileFingerprint;
import java.util.HashMap;
import java.util.Map;

/** {@link Dedupe} in memory: who holds each file's claim, or that it was decided. */
final class InMemoryDedupe implements Dedupe {

    private static final String DONE = "done";
    private final Map<FileFingerprint, String> holders = new HashMap<>();

    @Override
    public Claim claim(FileFingerprint file, String messageId) {
        String holder = holders.putIfAbsent(file, messageId);
        if (holder == null || holder.equals(messageId)) {
            return Claim.MINE;
        }
        return DONE.equals(holder) ? Claim.DONE : Claim.TAKEN;
    }

    @Override
    public void done(FileFingerprint file) {
        holders.put(file, DONE);
    }

    @Override
    public void release(FileFingerprint file, String messageId) {
        holders.remove(file, messageId);
    }

    @Override
    public boolean decided(FileFingerprint file) {
        return DONE.equals(holders.get(file));
    }
}
