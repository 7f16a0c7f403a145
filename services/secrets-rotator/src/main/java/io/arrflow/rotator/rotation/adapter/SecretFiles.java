package io.arrflow.rotator.rotation.adapter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** File operations for secrets: private modes, backups, in-place and atomic writes. */
public final class SecretFiles {

    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");

    private SecretFiles() {}

    static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** A backup's content and when it was written. */
    record BackupFile(String content, Instant written) {}

    /**
     * Copies a file to its backup, mode 0600, and forces it to disk: the backup is the only copy of
     * the old key a rotator restarted after a crash can roll back to.
     */
    static void backUp(Path file) throws IOException {
        Path backup = backupOf(file);
        byte[] content = Files.readAllBytes(file);
        if (!Files.exists(backup)) {
            Files.createFile(backup, PosixFilePermissions.asFileAttribute(PRIVATE));
        }
        Files.setPosixFilePermissions(backup, PRIVATE);
        try (FileChannel channel =
                FileChannel.open(backup, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        try (FileChannel directory = FileChannel.open(backup.getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        }
    }

    /** The backup of a file, if it exists and is not empty (an empty one was cut short). */
    static Optional<BackupFile> readBackup(Path file) throws IOException {
        Path backup = backupOf(file);
        if (!Files.exists(backup)) {
            return Optional.empty();
        }
        String content = Files.readString(backup, StandardCharsets.UTF_8);
        Instant written = Files.getLastModifiedTime(backup).toInstant();
        return content.isBlank() ? Optional.empty() : Optional.of(new BackupFile(content, written));
    }

    /**
     * Rewrites a file in place, keeping its inode: a single file bind-mounted into containers
     * (compose secrets) sees the new content, which a rename would hide from them.
     */
    static void writeInPlace(Path file, String content) throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PRIVATE));
        }
        Files.writeString(
                file,
                content,
                StandardCharsets.UTF_8,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.SYNC);
    }

    /** Replaces a file atomically (temp file in the same directory, then rename), keeping mode and owner. */
    static void replaceAtomically(Path file, String content) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8, StandardOpenOption.SYNC);
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
            copyOwner(file, temp);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void copyOwner(Path from, Path to) throws IOException {
        try {
            Files.setOwner(to, Files.getOwner(from));
        } catch (java.nio.file.FileSystemException notPermitted) {
            // Running unprivileged: the file keeps the rotator's owner, as any edit by this user would.
        }
    }
}
