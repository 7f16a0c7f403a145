package io.arrflow.rotator.rotation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** File operations for secrets: private modes, backups, in-place and atomic writes. */
final class SecretFiles {

    private SecretFiles() {}

    static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** Copies a file to its backup, mode 0600. */
    static void backUp(Path file) throws IOException {
        Path backup = backupOf(file);
        Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("rw-------"));
    }

    /**
     * Rewrites a file in place, keeping its inode: a single file bind-mounted into containers
     * (compose secrets) sees the new content, which a rename would hide from them.
     */
    static void writeInPlace(Path file, String content) throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
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
