package io.arrflow.worker.swap;

import java.nio.file.Path;

/**
 * After a crash, an ffmpeg started by the dead worker may still be writing a temp file; it is
 * stopped before the file is cleaned up. Only processes whose command line names that exact file.
 */
public class OrphanProcesses {

    public void stopWriting(Path... files) {
        ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> writes(p, files))
                .forEach(ProcessHandle::destroyForcibly);
    }

    private static boolean writes(ProcessHandle process, Path... files) {
        String command = process.info().commandLine().orElse("");
        for (Path file : files) {
            if (file != null && command.contains(file.toString())) {
                return true;
            }
        }
        return false;
    }
}
