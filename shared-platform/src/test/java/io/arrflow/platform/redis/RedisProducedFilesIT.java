package io.arrflow.platform.redis;

import static io.arrflow.platform.LibraryFixtures.PILOT;
import static io.arrflow.platform.LibraryFixtures.PILOT_BYTES;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.transcode.jobs.FileFingerprint;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisProducedFilesIT {

    private static final long REPLACED_AT = 1_795_000_000_000L;
    private static LocalRedis redis;

    private RedisProducedFiles produced;

    @BeforeAll
    static void connect() {
        redis = new LocalRedis();
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @BeforeEach
    void nothingProducedYet() {
        redis.flush();
        produced = new RedisProducedFiles(redis.redis, Duration.ofDays(90));
    }

    @Test
    void a_file_the_worker_put_in_place_is_recognised_as_produced() {
        FileFingerprint replaced = new FileFingerprint(PILOT, 700_000_000L, REPLACED_AT);

        produced.record(replaced);

        assertThat(produced.contains(new FileFingerprint(PILOT, 700_000_000L, REPLACED_AT)))
                .isTrue();
    }

    @Test
    void the_same_path_with_other_contents_is_not_produced_by_arrflow() {
        produced.record(new FileFingerprint(PILOT, 700_000_000L, REPLACED_AT));

        assertThat(produced.contains(new FileFingerprint(PILOT, PILOT_BYTES, REPLACED_AT + 60_000)))
                .isFalse();
    }

    @Test
    void a_produced_file_is_remembered_for_the_configured_time_only() {
        FileFingerprint replaced = new FileFingerprint(PILOT, 700_000_000L, REPLACED_AT);

        produced.record(replaced);

        assertThat(redis.redis.getExpire(RedisProducedFiles.KEY + replaced.key()))
                .isPositive()
                .isLessThanOrEqualTo(Duration.ofDays(90).toSeconds());
    }
}
