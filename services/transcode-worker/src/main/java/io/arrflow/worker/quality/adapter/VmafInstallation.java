package io.arrflow.worker.quality.adapter;

import io.arrflow.transcode.process.CommandResult;
import io.arrflow.transcode.process.Commands;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Whether VMAF can run here: the ffmpeg exists, runs and lists the libvmaf filter, and the model is there. */
public final class VmafInstallation {

    private static final Duration LISTING_TIMEOUT = Duration.ofSeconds(30);

    private final Commands commands;
    private final Path ffmpeg;
    private final Path model;

    public VmafInstallation(Commands commands, Path ffmpeg, Path model) {
        this.commands = commands;
        this.ffmpeg = ffmpeg;
        this.model = model;
    }

    /** What stops VMAF from running, or empty when nothing does. */
    public Optional<String> problem() {
        if (!Files.isRegularFile(ffmpeg) || !Files.isExecutable(ffmpeg)) {
            return Optional.of("no executable ffmpeg at " + ffmpeg + " (bin/setup installs one)");
        }
        Path modelData = Path.of(model + ".model");
        if (!Files.isRegularFile(model) || !Files.isRegularFile(modelData)) {
            return Optional.of("the VMAF model " + model + " or " + modelData.getFileName() + " beside it is missing");
        }
        return filterProblem();
    }

    private Optional<String> filterProblem() {
        List<String> filters = new ArrayList<>();
        CommandResult listing =
                commands.run(List.of(ffmpeg.toString(), "-hide_banner", "-filters"), LISTING_TIMEOUT, filters::add);
        if (!listing.succeeded()) {
            return Optional.of(ffmpeg + " does not run: " + listing.reason());
        }
        boolean hasVmaf = filters.stream().anyMatch(VmafInstallation::isLibvmafLine);
        return hasVmaf ? Optional.empty() : Optional.of(ffmpeg + " has no libvmaf filter");
    }

    /** A line of {@code ffmpeg -filters}: flags, name, link types, description. */
    static boolean isLibvmafLine(String line) {
        String[] columns = line.trim().split("\\s+");
        return columns.length > 1 && columns[1].equals("libvmaf");
    }
}
