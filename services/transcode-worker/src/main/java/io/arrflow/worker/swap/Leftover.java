package io.arrflow.worker.swap;

import java.nio.file.Path;
import java.util.List;

/** What start-up recovery did with an interrupted job's files, and the processes it stopped that still wrote them. */
public sealed interface Leftover {

    Journal journal();

    List<StoppedProcess> stopped();

    /** Nothing had replaced the original: temp files removed, the job will simply run again. */
    record RolledBack(Journal journal, List<StoppedProcess> stopped) implements Leftover {}

    /** The verified output was (or is now) in place: the job is done and must be reported. */
    record RolledForward(Journal journal, Path target, List<StoppedProcess> stopped) implements Leftover {}

    /** The files are not in any state a swap leaves; left alone for a person to look at. */
    record Unresolved(Journal journal, String why, List<StoppedProcess> stopped) implements Leftover {}
}
