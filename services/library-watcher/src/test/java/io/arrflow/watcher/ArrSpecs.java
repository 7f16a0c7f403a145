package io.arrflow.watcher;

import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The arr apps' OpenAPI specs, read from {@code shared/arr-contracts} beside the repository (they are
 * upstream files and are not committed here). A missing folder fails the test: it is never skipped.
 */
final class ArrSpecs {

    private ArrSpecs() {}

    static JsonNode load(String file) throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared/arr-contracts").resolve(file);
            if (Files.isRegularFile(candidate)) {
                return JsonMapper.builder().build().readTree(candidate.toFile());
            }
            dir = dir.getParent();
        }
        throw new AssertionError("shared/arr-contracts/" + file + " not found above "
                + Path.of("").toAbsolutePath() + ": the contract tests need ../shared beside the repository");
    }
}
