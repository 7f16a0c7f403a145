package io.arrflow.watcher.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The periodic full walk of the library roots, for network mounts where file events never arrive. */
public final class LibraryScanner {

    private static final Logger log = LoggerFactory.getLogger(LibraryScanner.class);

    private final List<Path> roots;
    private final FileSink sink;

    public LibraryScanner(List<Path> roots, FileSink sink) {
        this.roots = roots;
        this.sink = sink;
    }

    /** Walks every root and reports each video file; returns how many were reported. */
    public int scan() {
        int reported = 0;
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(MediaFiles::isCandidate)
                        .toList()) {
                    sink.found(file, "rescan");
                    reported++;
                }
            } catch (IOException e) {
                log.warn("rescan of {} stopped: {}", root, e.getMessage());
            }
        }
        log.info("rescan of {} root(s) reported {} file(s)", roots.size(), reported);
        return reported;
    }
}
