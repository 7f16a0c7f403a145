package io.arrflow.worker.swap;

import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;

/**
 * A running job's record on disk, written before each risky step so a restarted worker knows what
 * to clean up or finish.
 *
 * @param original the file being replaced
 * @param target where the output goes (the original's path, or the same name with a new extension)
 * @param temp the output beside the original, on the same filesystem
 * @param scratch the output in a scratch folder, when temp files live elsewhere; else null
 * @param aside where the original waits during the swap
 * @param completion what the finished job reports; null until the output is verified
 */
public record Journal(
        UUID jobId,
        Phase phase,
        Path original,
        Path target,
        Path temp,
        Path scratch,
        Path aside,
        Completion completion) {

    public enum Phase {
        ENCODING,
        SWAPPING
    }

    /** The facts of a verified output, kept so a restarted worker can report the job. */
    public record Completion(
            String jobPath,
            String jobTarget,
            String encoder,
            long sourceBytes,
            long outputBytes,
            double encodeSeconds,
            String arrItem,
            String summary) {}

    public static Journal encoding(UUID jobId, Path original, Path target, Path scratch) {
        return new Journal(
                jobId,
                Phase.ENCODING,
                original,
                target,
                SwapPaths.temp(original, jobId),
                scratch,
                SwapPaths.aside(original, jobId),
                null);
    }

    public Journal swapping(Completion facts) {
        return new Journal(jobId, Phase.SWAPPING, original, target, temp, scratch, aside, facts);
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("jobId", jobId.toString());
        p.setProperty("phase", phase.name());
        p.setProperty("original", original.toString());
        p.setProperty("target", target.toString());
        p.setProperty("temp", temp.toString());
        p.setProperty("aside", aside.toString());
        if (scratch != null) {
            p.setProperty("scratch", scratch.toString());
        }
        if (completion != null) {
            p.setProperty("jobPath", completion.jobPath());
            p.setProperty("jobTarget", completion.jobTarget());
            p.setProperty("encoder", completion.encoder());
            p.setProperty("sourceBytes", String.valueOf(completion.sourceBytes()));
            p.setProperty("outputBytes", String.valueOf(completion.outputBytes()));
            p.setProperty("encodeSeconds", String.valueOf(completion.encodeSeconds()));
            p.setProperty("arrItem", completion.arrItem() == null ? "" : completion.arrItem());
            p.setProperty("summary", completion.summary() == null ? "" : completion.summary());
        }
        return p;
    }

    static Journal fromProperties(Properties p) {
        Completion completion = p.getProperty("encoder") == null
                ? null
                : new Completion(
                        p.getProperty("jobPath"),
                        p.getProperty("jobTarget"),
                        p.getProperty("encoder"),
                        Long.parseLong(p.getProperty("sourceBytes")),
                        Long.parseLong(p.getProperty("outputBytes")),
                        Double.parseDouble(p.getProperty("encodeSeconds")),
                        p.getProperty("arrItem"),
                        p.getProperty("summary", ""));
        String scratch = p.getProperty("scratch");
        return new Journal(
                UUID.fromString(p.getProperty("jobId")),
                Phase.valueOf(p.getProperty("phase")),
                Path.of(p.getProperty("original")),
                Path.of(p.getProperty("target")),
                Path.of(p.getProperty("temp")),
                scratch == null ? null : Path.of(scratch),
                Path.of(p.getProperty("aside")),
                completion);
    }
}
