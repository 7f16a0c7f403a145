package io.arrflow.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobStateTest {

    @Test
    void a_job_is_finished_once_it_has_an_outcome_or_was_cancelled() {
        assertThat(JobState.values())
                .filteredOn(JobState::isFinished)
                .containsExactlyInAnyOrder(
                        JobState.REPLACED, JobState.NOT_BENEFICIAL, JobState.FAILED, JobState.CANCELLED);
    }
}
