package io.arrflow.transcode.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file as arrflow identifies it: the same path, size and modification time is the same file. */
public record FileFingerprint(String path, long sizeBytes, long modifiedMillis) {

    public static FileFingerprint of(Path file) throws IOException {
        return new FileFingerprint(
                file.toString(),
                Files.size(file),
                Files.getLastModifiedTime(file).toMillis());
    }

    /** A short, stable key for Redis (a path may be long and hold any character). */
    public String key() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest =
                    sha.digest((path + '\0' + sizeBytes + '\0' + modifiedMillis).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
