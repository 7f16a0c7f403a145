package io.arrflow.worker.quality.adapter;

import io.arrflow.transcode.process.CommandResult;
import io.arrflow.transcode.process.Commands;
import io.arrflow.worker.quality.QualityMeasurementFailed;
import io.arrflow.worker.quality.VideoClip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ffmpeg run that compares two clips with a filter writing per-frame scores to a log file, which is
 * then read; the log's folder is removed afterwards, whatever happened.
 */
final class Comparison {

    private static final Logger log = LoggerFactory.getLogger(Comparison.class);

    /** Reads the per-frame scores from a finished log file. */
    interface LogReader {
        double[] read(Path log) throws IOException;
    }

    private final Commands commands;
    private final String ffmpeg;
    private final Duration timeout;

    Comparison(Commands commands, String ffmpeg, Duration timeout) {
        this.commands = commands;
        this.ffmpeg = ffmpeg;
        this.timeout = timeout;
    }

    /** Runs the graph that {@code graph} builds for a log file, and reads that file with {@code reader}. */
    double[] perFrame(
            String metric, VideoClip distorted, VideoClip reference, Function<Path, String> graph, LogReader reader) {
        Path folder = scratchFolder(metric);
        try {
            Path scores = folder.resolve(metric + ".log");
            CommandResult result = commands.run(command(distorted, reference, graph.apply(scores)), timeout);
            if (!result.succeeded()) {
                throw failure(metric, distorted, reference, result.reason());
            }
            return reader.read(scores);
        } catch (IOException e) {
            throw failure(metric, distorted, reference, "its log is unreadable: " + e.getMessage());
        } finally {
            delete(folder);
        }
    }

    private List<String> command(VideoClip distorted, VideoClip reference, String graph) {
        return List.of(
                ffmpeg,
                "-hide_banner",
                "-nostdin",
                "-v",
                "error",
                "-i",
                distorted.file().toString(),
                "-i",
                reference.file().toString(),
                "-filter_complex",
                graph + "[scored]",
                "-map",
                "[scored]",
                "-f",
                "null",
                "-");
    }

    private static QualityMeasurementFailed failure(
            String metric, VideoClip distorted, VideoClip reference, String reason) {
        return new QualityMeasurementFailed(
                metric + " of " + distorted.file() + " against " + reference.file() + " failed: " + reason);
    }

    private static Path scratchFolder(String metric) {
        try {
            return Files.createTempDirectory("arrflow-" + metric + "-");
        } catch (IOException e) {
            throw new QualityMeasurementFailed("no temp folder for " + metric + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // the scores stand; a leftover in the temp folder is worth a warning, not a failed job
            log.warn("cannot remove {}: {}", folder, e.toString());
        }
    }
}
