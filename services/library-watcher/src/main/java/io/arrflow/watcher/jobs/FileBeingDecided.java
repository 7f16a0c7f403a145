package io.arrflow.watcher.jobs;

/**
 * Another report holds the file's claim right now. Transient: the report is retried with backoff
 * and decides the file once the other one is done or its claim has expired, instead of being dropped.
 */
class FileBeingDecided extends RuntimeException {

    FileBeingDecided(String path) {
        super(path + " is being decided by another report; retrying once it is done or its claim expires ("
                + Dedupe.CLAIM.toSeconds() + " s)");
    }
}
