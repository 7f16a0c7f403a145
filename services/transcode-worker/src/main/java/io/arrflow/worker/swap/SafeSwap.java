package io.arrflow.worker.swap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Puts a verified output in the original's place so that a crash at any moment leaves the original
 * or the output there: fsync the output, journal, set the original aside, rename the output in, then
 * remove (or keep) the original. The original is set aside as a hard link where the filesystem
 * allows it, so its path is never empty: the output's rename replaces it atomically.
 */
public final class SafeSwap {

    private final Journals journals;
    private final boolean keepOriginal;
    private final String keptSuffix;
    private final Duration pause;

    public SafeSwap(Journals journals, boolean keepOriginal, String keptSuffix, Duration pause) {
        this.journals = journals;
        this.keepOriginal = keepOriginal;
        this.keptSuffix = keptSuffix;
        this.pause = pause;
    }

    /** Copies a scratch output next to the original (same filesystem), so the swap is a rename. */
    public void bringBeside(Journal journal) {
        if (journal.scratch() == null) {
            return;
        }
        try {
            Files.copy(journal.scratch(), journal.temp(), StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(journal.scratch());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the output beside " + journal.original(), e);
        }
    }

    /** Swaps; {@code journal} must be in the SWAPPING phase with the verified output at its temp path. */
    public void swap(Journal journal) {
        try {
            FileAttributes.copy(journal.original(), journal.temp());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy attributes to " + journal.temp(), e);
        }
        Durable.sync(journal.temp());
        journals.save(journal);
        Path folder = journal.original().getParent();
        setAside(journal);
        Durable.syncDirectory(folder);
        pauseForCrashTests();
        Durable.move(journal.temp(), journal.target(), StandardCopyOption.ATOMIC_MOVE);
        Durable.syncDirectory(folder);
    }

    private static void setAside(Journal journal) {
        try {
            Files.deleteIfExists(journal.aside());
            Files.createLink(journal.aside(), journal.original());
        } catch (IOException | UnsupportedOperationException e) {
            Durable.move(journal.original(), journal.aside(), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** After the output is in place: the original goes, or stays beside it with the kept suffix. */
    public void releaseOriginal(Journal journal) {
        if (!journal.target().equals(journal.original())) {
            Durable.deleteIfExists(journal.original());
        }
        if (!Files.exists(journal.aside())) {
            return;
        }
        if (keepOriginal) {
            Path kept = journal.original().resolveSibling(journal.original().getFileName() + keptSuffix);
            Durable.move(journal.aside(), kept, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Durable.deleteIfExists(journal.aside());
        }
        Durable.syncDirectory(journal.original().getParent());
    }

    /** Removes a job's temp outputs (failed, not beneficial or aborted). */
    public static void discard(Journal journal) {
        Durable.deleteIfExists(journal.temp());
        Durable.deleteIfExists(journal.scratch());
    }

    private void pauseForCrashTests() {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
