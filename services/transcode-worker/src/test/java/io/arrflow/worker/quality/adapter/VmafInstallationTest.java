package io.arrflow.worker.quality.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.transcode.process.CommandResult;
import io.arrflow.transcode.process.Commands;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VmafInstallationTest {

    @TempDir
    Path dir;

    @Test
    void a_missing_ffmpeg_is_named() {
        VmafInstallation installation =
                new VmafInstallation(listing(0, List.of()), dir.resolve("ffmpeg"), dir.resolve("m.pkl"));

        assertThat(installation.problem())
                .contains("no executable ffmpeg at " + dir.resolve("ffmpeg") + " (bin/setup installs one)");
    }

    @Test
    void a_model_without_its_svm_file_beside_it_is_missing() throws Exception {
        Path model = Files.writeString(dir.resolve("m.pkl"), "model");

        assertThat(new VmafInstallation(listing(0, List.of()), anExecutable(), model).problem())
                .contains("the VMAF model " + model + " or m.pkl.model beside it is missing");
    }

    @Test
    void an_ffmpeg_that_lists_libvmaf_is_usable() throws Exception {
        List<String> filters = List.of(
                "Filters:",
                " ... ssim              VV->V      Calculate the SSIM.",
                " ... libvmaf  VV->V  Calculate VMAF.");

        assertThat(new VmafInstallation(listing(0, filters), anExecutable(), aModel()).problem())
                .isEmpty();
    }

    @Test
    void an_ffmpeg_without_libvmaf_is_not() throws Exception {
        List<String> filters = List.of(" ... ssim              VV->V      Calculate the SSIM.");
        Path ffmpeg = anExecutable();

        assertThat(new VmafInstallation(listing(0, filters), ffmpeg, aModel()).problem())
                .contains(ffmpeg + " has no libvmaf filter");
    }

    @Test
    void an_ffmpeg_that_does_not_run_says_why() throws Exception {
        Path ffmpeg = anExecutable();

        assertThat(new VmafInstallation(listing(126, List.of()), ffmpeg, aModel()).problem())
                .contains(ffmpeg + " does not run: cannot execute binary file");
    }

    private Path anExecutable() throws Exception {
        Path file = Files.writeString(dir.resolve("ffmpeg"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private Path aModel() throws Exception {
        Files.writeString(dir.resolve("m.pkl.model"), "svm");
        return Files.writeString(dir.resolve("m.pkl"), "model");
    }

    /** Commands that answer every run with the given exit code and stdout lines. */
    private static Commands listing(int exitCode, List<String> stdout) {
        return new Commands() {
            @Override
            public CommandResult run(List<String> command, Duration timeout, Consumer<String> out) {
                stdout.forEach(out);
                return new CommandResult(exitCode, exitCode == 0 ? List.of() : List.of("cannot execute binary file"));
            }

            @Override
            public void abortAll() {}
        };
    }
}
