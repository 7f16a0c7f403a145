package io.arrflow.rotator.rotation;

import static io.arrflow.rotator.rotation.Recovery.Action.NOTHING;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.rotator.rotation.Recovery.Action;
import io.arrflow.rotator.rotation.Recovery.KeyInPlace;
import io.arrflow.rotator.rotation.Recovery.Observed;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RecoveryTest {

    @ParameterizedTest
    @CsvSource({
        // last step,          backup from this rotation, key in place -> action
        "STARTED,                true,  ANOTHER_KEY,   NOTHING",
        "NEW_KEY_GENERATED,      false, ANOTHER_KEY,   NOTHING",
        "NEW_KEY_GENERATED,      false, NONE,          NOTHING",
        "NEW_KEY_GENERATED,      true,  BACKED_UP_KEY, NOTHING",
        "NEW_KEY_GENERATED,      true,  ANOTHER_KEY,   RECOVER_FORWARD",
        "NEW_KEY_GENERATED,      true,  NONE,          ROLL_BACK",
        "NEW_KEY_WRITTEN,        true,  ANOTHER_KEY,   RECOVER_FORWARD",
        "NEW_KEY_WRITTEN,        false, ANOTHER_KEY,   RECOVER_FORWARD",
        "NEW_KEY_WRITTEN,        true,  NONE,          ROLL_BACK",
        "RESTARTED_WITH_NEW_KEY, true,  ANOTHER_KEY,   RECOVER_FORWARD",
        "NEW_KEY_VERIFIED,       true,  ANOTHER_KEY,   RECOVER_FORWARD",
        "NEW_KEY_VERIFIED,       true,  NONE,          ROLL_BACK",
        "NEW_KEY_REJECTED,       true,  ANOTHER_KEY,   ROLL_BACK",
        "OLD_KEY_RESTORED,       true,  BACKED_UP_KEY, ROLL_BACK",
        "RESTARTED_WITH_OLD_KEY, true,  BACKED_UP_KEY, ROLL_BACK",
    })
    void decides_from_the_last_step_and_the_key_location(
            RotationStep last, boolean backupFromThisRotation, KeyInPlace inPlace, Action expected) {
        assertThat(Recovery.decide(last, new Observed(backupFromThisRotation, inPlace)))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(
            value = RotationStep.class,
            names = {"NEW_KEY_STORED", "OLD_KEY_VERIFIED", "OLD_KEY_NOT_VERIFIED"})
    void a_rotation_that_had_ended_needs_nothing(RotationStep last) {
        assertThat(last.terminal()).isTrue();
        for (KeyInPlace inPlace : KeyInPlace.values()) {
            assertThat(Recovery.decide(last, new Observed(true, inPlace))).isEqualTo(NOTHING);
        }
    }

    @Test
    void only_the_last_steps_of_a_rotation_are_terminal() {
        assertThat(Arrays.stream(RotationStep.values()).filter(RotationStep::terminal))
                .containsExactly(
                        RotationStep.NEW_KEY_STORED, RotationStep.OLD_KEY_VERIFIED, RotationStep.OLD_KEY_NOT_VERIFIED);
    }
}
