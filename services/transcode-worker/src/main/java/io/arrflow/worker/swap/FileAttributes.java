package io.arrflow.worker.swap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Gives the output the original's permissions, owner, group and modification time. */
final class FileAttributes {

    private static final Logger log = LoggerFactory.getLogger(FileAttributes.class);

    private FileAttributes() {}

    static void copy(Path from, Path to) throws IOException {
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (target != null) {
            PosixFileAttributes source = Files.readAttributes(from, PosixFileAttributes.class);
            target.setPermissions(source.permissions());
            owner(target, source, to);
        }
        Files.setLastModifiedTime(to, Files.getLastModifiedTime(from));
    }

    private static void owner(PosixFileAttributeView target, PosixFileAttributes source, Path to) {
        try {
            target.setOwner(source.owner());
            target.setGroup(source.group());
        } catch (IOException e) {
            // only root may give a file away; the output then keeps the worker's owner
            log.warn("cannot give {} the original's owner {}: {}", to.getFileName(), source.owner(), e.getMessage());
        }
    }
}
