package io.arrflow.rotator.rotation.adapter;

import io.arrflow.rotator.rotation.ApiKey;
import io.arrflow.rotator.rotation.ArrTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The verified key for consumers: their secret file (read through {@code SecretFile}, which
 * follows it) and the key's version in Redis ({@code arrflow:rotator:versions}, field = secret name).
 */
public class ConsumerKeys {

    static final String VERSIONS = "arrflow:rotator:versions";

    private final StringRedisTemplate redis;

    public ConsumerKeys(StringRedisTemplate redis) {
        this.redis = redis;
    }

    int store(ArrTarget target, ApiKey key) throws IOException {
        if (!Files.exists(target.keyFile())
                || !key.value()
                        .equals(Files.readString(target.keyFile(), StandardCharsets.UTF_8)
                                .strip())) {
            SecretFiles.writeInPlace(target.keyFile(), key.value());
        }
        Long version = redis.opsForHash().increment(VERSIONS, target.secretName(), 1);
        return version.intValue();
    }

    int version(String secretName) {
        Object value = redis.opsForHash().get(VERSIONS, secretName);
        return value == null ? 0 : Integer.parseInt(value.toString());
    }
}
