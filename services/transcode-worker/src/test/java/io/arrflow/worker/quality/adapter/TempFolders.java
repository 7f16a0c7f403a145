package io.arrflow.worker.quality.adapter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the adapters leave in the system's temp folder. */
final class TempFolders {

    private TempFolders() {}

    static long count(String prefix) throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .count();
        }
    }
}
