package io.arrflow.watcher.library;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the library roots (recursively) for files added outside the arr apps. Changed video files
 * are tracked until stable, then reported; new folders are watched as they appear.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);

    private final List<Path> roots;
    private final StabilityTracker tracker;
    private final FileSink sink;
    private final WatchService watchService;
    private final Thread thread;

    public FolderWatcher(List<Path> roots, StabilityTracker tracker, FileSink sink) throws IOException {
        this.roots = roots;
        this.tracker = tracker;
        this.sink = sink;
        this.watchService = FileSystems.getDefault().newWatchService();
        this.thread = Thread.ofVirtual().name("folder-watcher").unstarted(this::loop);
    }

    public void start() throws IOException {
        for (Path root : roots) {
            registerTree(root);
        }
        thread.start();
        log.info("watching {} library root(s): {}", roots.size(), roots);
    }

    /** Reports the files that became stable; called periodically. */
    public void reportStableFiles() {
        for (Path file : tracker.stable(Instant.now())) {
            if (Files.isRegularFile(file)) {
                sink.found(file, "folder-watch");
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                Path dir = (Path) key.watchable();
                key.pollEvents().forEach(event -> onEventSafely(dir, event));
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One bad event (a file gone while it was looked at) must not end the watching of the whole library. */
    private void onEventSafely(Path dir, WatchEvent<?> event) {
        try {
            onEvent(dir, event);
        } catch (RuntimeException e) {
            log.warn("file event {} in {} not handled: {}", event.context(), dir, e.getMessage());
        }
    }

    private void onEvent(Path dir, WatchEvent<?> event) {
        if (event.kind() == OVERFLOW) {
            log.warn("file events were lost in {}; the periodic rescan will catch up", dir);
            return;
        }
        Path path = dir.resolve((Path) event.context());
        if (Files.isDirectory(path)) {
            registerQuietly(path);
        } else if (MediaFiles.isCandidate(path)) {
            observe(path);
        }
    }

    private void observe(Path file) {
        try {
            tracker.observe(
                    file,
                    new StabilityTracker.Observation(
                            Files.size(file), Files.getLastModifiedTime(file).toMillis()),
                    Instant.now());
        } catch (IOException e) {
            tracker.forget(file);
        }
    }

    private void registerQuietly(Path dir) {
        try {
            registerTree(dir);
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile)
                        .filter(MediaFiles::isCandidate)
                        .forEach(this::observe);
            }
        } catch (IOException | UncheckedIOException e) {
            // typically a folder or file removed while it was walked (a download client's staging)
            log.warn("cannot watch {}: {}", dir, e.getMessage());
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watchService, ENTRY_CREATE, ENTRY_MODIFY);
            }
        }
    }

    @Override
    public void close() throws IOException {
        watchService.close();
        thread.interrupt();
    }
}
