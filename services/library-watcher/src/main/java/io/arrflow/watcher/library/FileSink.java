package io.arrflow.watcher.library;

import java.nio.file.Path;

/** Where the folder watcher and the rescan report files they found. */
@FunctionalInterface
public interface FileSink {

    /** @param origin {@code folder-watch} or {@code rescan} */
    void found(Path file, String origin);
}
