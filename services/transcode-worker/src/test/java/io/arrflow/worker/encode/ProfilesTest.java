package io.arrflow.worker.encode;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.worker.hardware.EncoderFamily;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfilesTest {

    @Test
    void a_job_without_a_profile_gets_hevc() {
        assertThat(new Profiles(Map.of()).named(null)).contains(Profile.HEVC);
        assertThat(new Profiles(Map.of()).named("AV1")).contains(Profile.AV1);
        assertThat(new Profiles(Map.of()).named("vp9")).isEmpty();
    }

    @Test
    void the_watchers_family_variants_name_the_base_profile() {
        Profiles profiles = new Profiles(Map.of());

        assertThat(profiles.named("hevc-vaapi")).contains(Profile.HEVC);
        assertThat(profiles.named("hevc-software")).contains(Profile.HEVC);
        assertThat(profiles.named("hevc-qsv")).contains(Profile.HEVC);
        assertThat(profiles.named("vp9-qsv")).isEmpty();
    }

    @Test
    void an_override_changes_only_what_it_sets() {
        Profiles profiles = new Profiles(Map.of("hevc", new Profiles.Override(null, null, "slow", null, null, null)));

        assertThat(profiles.named("hevc"))
                .contains(new Profile("hevc", "hevc", "libx265", "slow", 25, Profile.HEVC.range(), null));
    }

    @Test
    void a_new_profile_starts_from_its_codecs_defaults() {
        Profiles profiles = new Profiles(Map.of("archive", new Profiles.Override("av1", null, null, 28, null, null)));

        assertThat(profiles.named("archive"))
                .contains(new Profile("archive", "av1", "libsvtav1", "8", 28, Profile.AV1.range(), null));
    }

    @Test
    void hevc_has_an_encoder_per_family() {
        assertThat(Profile.HEVC.encoderFor(EncoderFamily.VAAPI)).isEqualTo("hevc_vaapi");
        assertThat(Profile.HEVC.encoderFor(EncoderFamily.QSV)).isEqualTo("hevc_qsv");
        assertThat(Profile.HEVC.encoderFor(EncoderFamily.SOFTWARE)).isEqualTo("libx265");
        assertThat(Profile.AV1.encoderFor(EncoderFamily.QSV)).isEqualTo("libsvtav1");
    }
}
