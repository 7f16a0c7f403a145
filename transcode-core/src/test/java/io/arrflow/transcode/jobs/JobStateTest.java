package io.arrflow.transcode.jobs;

import static io.arrflow.transcode.jobs.JobState.CANCELLED;
import static io.arrflow.transcode.jobs.JobState.FAILED;
import static io.arrflow.transcode.jobs.JobState.NOT_BENEFICIAL;
import static io.arrflow.transcode.jobs.JobState.QUEUED;
import static io.arrflow.transcode.jobs.JobState.REPLACED;
import static io.arrflow.transcode.jobs.JobState.RUNNING;
import static io.arrflow.transcode.jobs.JobState.SOURCE_DAMAGED;
import static io.arrflow.transcode.jobs.JobState.VERIFYING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobStateTest {

    @Test
    void a_job_is_finished_once_it_has_an_outcome_or_was_cancelled() {
        assertThat(JobState.values())
                .filteredOn(JobState::isFinished)
                .containsExactlyInAnyOrder(REPLACED, NOT_BENEFICIAL, FAILED, CANCELLED, SOURCE_DAMAGED);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource({
        "QUEUED, RUNNING, a worker claims a queued job",
        "QUEUED, CANCELLED, a queued job is cancelled before any worker starts it",
        "QUEUED, FAILED, a job that cannot be handed to a worker fails while queued",
        "RUNNING, RUNNING, a running job whose worker died is claimed again",
        "RUNNING, VERIFYING, an encoded job is verified",
        "RUNNING, NOT_BENEFICIAL, a running job is skipped when the file needs nothing",
        "RUNNING, FAILED, a running job fails",
        "RUNNING, REPLACED, a remux replaces its file without a separate verification",
        "RUNNING, SOURCE_DAMAGED, a claimed job whose source does not decode to its end stops before any encode",
        "VERIFYING, RUNNING, a job whose worker died while verifying is claimed again",
        "VERIFYING, REPLACED, a verified output replaces its file",
        "VERIFYING, NOT_BENEFICIAL, an output that is not smaller is dropped",
        "VERIFYING, FAILED, an output that fails verification fails the job",
        "FAILED, REPLACED, start-up recovery finds the output of a given-up job in place"
    })
    void an_allowed_move_is_made(JobState from, JobState to, String rule) {
        assertThat(from.moveTo(to)).as(rule).isEqualTo(to);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource({
        "QUEUED, VERIFYING, a job nobody encoded is not verified",
        "QUEUED, REPLACED, a job nobody encoded replaces nothing",
        "QUEUED, NOT_BENEFICIAL, a job nobody encoded has no output to judge",
        "QUEUED, QUEUED, a job is queued once",
        "RUNNING, QUEUED, a job never goes back to the queue",
        "RUNNING, CANCELLED, a running job is not cancelled under its worker",
        "VERIFYING, CANCELLED, a verifying job is not cancelled under its worker",
        "REPLACED, RUNNING, a replaced job is not claimed again",
        "REPLACED, FAILED, a replaced file stays replaced",
        "NOT_BENEFICIAL, RUNNING, a job found not worth it is not done again",
        "FAILED, RUNNING, a failed job is not taken up again",
        "QUEUED, SOURCE_DAMAGED, only a worker that decoded the source can call it damaged",
        "VERIFYING, SOURCE_DAMAGED, a source is judged before any output exists",
        "SOURCE_DAMAGED, RUNNING, a damaged source is not encoded on a later delivery",
        "SOURCE_DAMAGED, FAILED, a damaged source keeps its finding",
        "CANCELLED, RUNNING, a cancelled job is not claimed",
        "CANCELLED, CANCELLED, a job is cancelled once"
    })
    void a_move_outside_the_table_is_refused_and_says_why(JobState from, JobState to, String rule) {
        assertThatThrownBy(() -> from.moveTo(to))
                .as(rule)
                .isInstanceOfSatisfying(IllegalJobTransition.class, refused -> {
                    assertThat(refused.from()).isEqualTo(from);
                    assertThat(refused.to()).isEqualTo(to);
                })
                .hasMessageStartingWith("a " + from + " job cannot become " + to);
    }

    @Test
    void a_final_state_is_named_final_when_it_refuses() {
        assertThatThrownBy(() -> CANCELLED.moveTo(RUNNING))
                .hasMessage("a CANCELLED job cannot become RUNNING (it is final)");
        assertThatThrownBy(() -> QUEUED.moveTo(REPLACED))
                .hasMessage("a QUEUED job cannot become REPLACED (it can become [RUNNING, FAILED, CANCELLED])");
    }

    @Test
    void only_final_states_are_left_without_a_next_move_except_a_failure_that_was_recovered() {
        Set<JobState> deadEnds = EnumSet.noneOf(JobState.class);
        for (JobState state : JobState.values()) {
            if (state.next().isEmpty()) {
                deadEnds.add(state);
            }
        }

        assertThat(deadEnds).containsExactlyInAnyOrder(REPLACED, NOT_BENEFICIAL, CANCELLED, SOURCE_DAMAGED);
    }

    @Test
    void the_states_a_job_may_be_claimed_from_are_queued_running_and_verifying() {
        assertThat(JobState.sourcesOf(RUNNING)).containsExactlyInAnyOrder(QUEUED, RUNNING, VERIFYING);
        assertThat(JobState.sourcesOf(QUEUED)).isEmpty();
    }
}
