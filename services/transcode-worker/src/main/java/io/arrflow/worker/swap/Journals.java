package io.arrflow.worker.swap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/** The journals of running jobs: one small file per job in the state directory, written atomically. */
public final class Journals {

    private static final String SUFFIX = ".journal";

    private final Path directory;

    public Journals(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the state directory " + directory, e);
        }
    }

    public void save(Journal journal) {
        Path file = file(journal.jobId());
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try (OutputStream out = Files.newOutputStream(next)) {
            journal.toProperties().store(out, "arrflow transcode-worker job journal");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write journal " + next, e);
        }
        Durable.sync(next);
        Durable.move(next, file, StandardCopyOption.ATOMIC_MOVE);
        Durable.syncDirectory(directory);
    }

    public void delete(UUID jobId) {
        try {
            Files.deleteIfExists(file(jobId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete journal of " + jobId, e);
        }
        Durable.syncDirectory(directory);
    }

    public List<Journal> all() {
        List<Journal> journals = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                journals.add(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list journals in " + directory, e);
        }
        return journals;
    }

    private static Journal read(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return Journal.fromProperties(properties);
    }

    private Path file(UUID jobId) {
        return directory.resolve(jobId + SUFFIX);
    }
}
