package io.arrflow.worker.swap;

import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves what interrupted jobs left behind, from their journals: an encode is rolled back; a swap
 * is rolled forward once the original is set aside (the output was verified before the journal said
 * SWAPPING) and rolled back before that.
 */
public final class Recovery {

    private final Journals journals;
    private final SafeSwap swap;
    private final OrphanProcesses orphans;

    public Recovery(Journals journals, SafeSwap swap, OrphanProcesses orphans) {
        this.journals = journals;
        this.swap = swap;
        this.orphans = orphans;
    }

    public List<Leftover> resolveAll() {
        List<Leftover> leftovers = new ArrayList<>();
        for (Journal journal : journals.all()) {
            leftovers.add(resolve(journal));
        }
        return leftovers;
    }

    public Leftover resolve(Journal journal) {
        List<StoppedProcess> stopped = orphans.stopWriting(journal.temp(), journal.scratch());
        if (journal.phase() == Journal.Phase.ENCODING) {
            return rollBack(journal, stopped);
        }
        boolean aside = Files.exists(journal.aside());
        if (Files.exists(journal.temp())) {
            if (aside) {
                Durable.move(journal.temp(), journal.target(), StandardCopyOption.ATOMIC_MOVE);
                Durable.syncDirectory(journal.target().getParent());
                return rollForward(journal, stopped);
            }
            if (Files.exists(journal.original())) {
                return rollBack(journal, stopped);
            }
        } else if (Files.exists(journal.target())) {
            return rollForward(journal, stopped);
        }
        return new Leftover.Unresolved(
                journal, "neither the original nor the output is where the journal says", stopped);
    }

    private Leftover rollBack(Journal journal, List<StoppedProcess> stopped) {
        SafeSwap.discard(journal);
        journals.delete(journal.jobId());
        return new Leftover.RolledBack(journal, stopped);
    }

    private Leftover rollForward(Journal journal, List<StoppedProcess> stopped) {
        swap.releaseOriginal(journal);
        return new Leftover.RolledForward(journal, journal.target(), stopped);
    }
}
