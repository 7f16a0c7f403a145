package io.arrflow.worker.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.TranscodeCompleted;
import io.arrflow.model.TranscodeMessage.TranscodeFailed;
import io.arrflow.model.TranscodeMessage.TranscodeNotBeneficial;
import io.arrflow.model.TranscodeMessage.TranscodeProgressed;
import io.arrflow.model.TranscodeMessage.TranscodeSkipped;
import io.arrflow.model.TranscodeMessage.TranscodeStarted;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.transcode.jobs.FileFingerprint;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import io.arrflow.transcode.jobs.ProducedFiles;
import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.transcode.probe.StreamKind;
import io.arrflow.transcode.probe.ffprobe.FfprobeMediaProbe;
import io.arrflow.worker.Clips;
import io.arrflow.worker.WorkerTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.beans.factory.annotation.Autowired;

class TranscodeWorkerIT extends WorkerTestSupport {

    private final FfprobeMediaProbe probe = new FfprobeMediaProbe();

    @Autowired
    ProducedFiles produced;

    @Test
    void encodes_an_h264_episode_to_hevc_and_puts_it_in_place_with_the_originals_attributes() throws Exception {
        Path episode = Clips.aLongerH264Episode(folder("software").resolve("episode.mkv"), 12);
        Files.setPosixFilePermissions(episode, PosixFilePermissions.fromString("rw-rw-r--"));
        FileTime mtime = FileTime.from(Instant.parse("2024-05-01T10:00:00Z"));
        Files.setLastModifiedTime(episode, mtime);
        long sourceBytes = Files.size(episode);

        RunTranscode job = queue(episode, Plan.TRANSCODE, "any");
        JobStatus status = awaitFinished(job.jobId());

        assertThat(status.state()).isEqualTo(JobState.REPLACED);
        assertThat(status.reason())
                .startsWith("software (libx265): verified; ")
                .contains("vaapi skipped: no render node");
        MediaInfo output = probe.probe(episode);
        assertThat(output.mainVideo().orElseThrow().codec()).isEqualTo("hevc");
        assertThat(output.count(StreamKind.AUDIO)).isEqualTo(1);
        assertThat(Files.size(episode)).isLessThan(sourceBytes);
        assertThat(Files.getLastModifiedTime(episode)).isEqualTo(mtime);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(episode)))
                .isEqualTo("rw-rw-r--");
        assertThat(produced.contains(FileFingerprint.of(episode))).isTrue();
        assertThat(listing(episode.getParent())).containsExactly(episode);

        List<ArrflowMessage> events = events();
        assertThat(eventsOf(events, TranscodeStarted.class)).singleElement().satisfies(started -> {
            assertThat(started.encoder()).isEqualTo("libx265");
            assertThat(started.worker()).isEqualTo("it-worker");
        });
        assertThat(eventsOf(events, TranscodeProgressed.class)).isNotEmpty().allSatisfy(p -> assertThat(p.percent())
                .isBetween(0.0, 100.0));
        assertThat(eventsOf(events, TranscodeCompleted.class)).singleElement().satisfies(done -> {
            assertThat(done.path()).isEqualTo(episode.toString());
            assertThat(done.previousPath()).isNull();
            assertThat(done.sourceBytes()).isEqualTo(sourceBytes);
            assertThat(done.outputBytes()).isEqualTo(Files.size(episode));
        });
    }

    @Test
    void keeps_a_ten_bit_source_ten_bit() throws Exception {
        Path episode = Clips.aTenBitEpisode(folder("tenbit").resolve("ten-bit.mkv"));

        RunTranscode job = queue(episode, Plan.TRANSCODE, "software");

        assertThat(awaitFinished(job.jobId()).state()).isEqualTo(JobState.REPLACED);
        StreamInfo video = probe.probe(episode).mainVideo().orElseThrow();
        assertThat(video.codec()).isEqualTo("hevc");
        assertThat(video.bitDepth()).isEqualTo(10);
    }

    @Test
    void remuxes_hevc_in_the_wrong_container_and_reports_the_new_extension() throws Exception {
        Path mp4 = Clips.anHevcInMp4(folder("remux").resolve("movie.mp4"));
        long sourceBytes = Files.size(mp4);

        RunTranscode job = queue(mp4, Plan.TRANSCODE, "any");

        JobStatus status = awaitFinished(job.jobId());
        assertThat(status.state()).isEqualTo(JobState.REPLACED);
        Path mkv = mp4.resolveSibling("movie.mkv");
        assertThat(status.path()).isEqualTo(mkv.toString());
        assertThat(mp4).doesNotExist();
        MediaInfo output = probe.probe(mkv);
        assertThat(output.isContainer("mkv")).isTrue();
        assertThat(output.mainVideo().orElseThrow().codec()).isEqualTo("hevc");
        assertThat(Files.size(mkv)).isBetween(sourceBytes * 8 / 10, sourceBytes * 12 / 10);
        assertThat(eventsOf(events(), TranscodeCompleted.class)).singleElement().satisfies(done -> {
            assertThat(done.path()).isEqualTo(mkv.toString());
            assertThat(done.previousPath()).isEqualTo(mp4.toString());
            assertThat(done.encoder()).isEqualTo("copy");
        });
    }

    @Test
    void skips_a_file_that_is_already_hevc() throws Exception {
        Path episode = Clips.anHevcEpisode(folder("skip").resolve("already.mkv"));
        byte[] before = Files.readAllBytes(episode);

        RunTranscode job = queue(episode, Plan.TRANSCODE, "any");
        JobStatus status = awaitFinished(job.jobId());

        assertThat(status.state()).isEqualTo(JobState.NOT_BENEFICIAL);
        assertThat(status.reason()).isEqualTo("already-hevc");
        assertThat(Files.readAllBytes(episode)).isEqualTo(before);
        assertThat(eventsOf(events(), TranscodeSkipped.class))
                .singleElement()
                .satisfies(skipped -> assertThat(skipped.reason()).isEqualTo("already-hevc"));
    }

    @Test
    void keeps_the_original_when_the_output_would_be_larger() throws Exception {
        Path episode = Clips.aTinyStarvedEpisode(folder("larger").resolve("starved.mkv"));
        byte[] before = Files.readAllBytes(episode);

        RunTranscode job = queue(episode, Plan.TRANSCODE, "any");
        JobStatus status = awaitFinished(job.jobId());

        assertThat(status.state()).isEqualTo(JobState.NOT_BENEFICIAL);
        assertThat(status.reason()).startsWith("predicted output").contains("is over 95% of the source's");
        assertThat(status.sourceBytes()).isEqualTo(before.length);
        assertThat(status.percent())
                .as("the samples told; nothing was fully encoded")
                .isZero();
        assertThat(Files.readAllBytes(episode)).isEqualTo(before);
        assertThat(listing(episode.getParent())).containsExactly(episode);
        assertThat(eventsOf(events(), TranscodeNotBeneficial.class))
                .singleElement()
                .satisfies(nb -> {
                    assertThat(nb.sourceBytes()).isEqualTo(before.length);
                    assertThat(nb.outputBytes()).isGreaterThan((long) (before.length * 0.95));
                });
    }

    @Test
    void dead_letters_a_file_no_encoder_takes_with_its_reason_and_leaves_the_original_untouched() throws Exception {
        Path episode = Clips.aThumbnailSizedEpisode(folder("unencodable").resolve("tiny.mkv"));
        byte[] before = Files.readAllBytes(episode);

        RunTranscode job = queue(episode, Plan.TRANSCODE, "any");
        JobStatus status = awaitFinished(job.jobId());

        assertThat(status.state()).isEqualTo(JobState.FAILED);
        assertThat(status.reason())
                .as("the cause first, the ladder after it")
                .startsWith("software: ")
                .contains(" (every encoder failed; ladder: vaapi skipped: no render node");
        assertThat(status.sourceBytes()).isEqualTo(before.length);
        assertThat(Files.readAllBytes(episode)).isEqualTo(before);
        assertThat(listing(episode.getParent())).containsExactly(episode);
        TranscodeFailed failed = eventsOf(events(), TranscodeFailed.class).getFirst();
        assertThat(failed.reason()).isEqualTo(status.reason());
        assertThat(failed.history()).last().asString().startsWith("software: ");
        Message dead = deadLetter();
        assertThat((String) dead.getMessageProperties().getHeader(Topology.REASON_HEADER))
                .isEqualTo(failed.reason());
    }

    @Test
    void an_empty_file_fails_as_empty() throws Exception {
        Path episode = Files.createFile(folder("empty").resolve("empty.mkv"));

        JobStatus status = awaitFinished(queue(episode, Plan.TRANSCODE, "any").jobId());

        assertThat(status.state()).isEqualTo(JobState.FAILED);
        assertThat(status.reason()).isEqualTo("input is not readable media: empty.mkv is empty (0 bytes)");
        assertThat(status.sourceBytes()).isZero();
        assertThat(listing(episode.getParent())).containsExactly(episode);
    }

    @Test
    void keeps_every_audio_track_and_converts_mov_text_subtitles_for_mkv() throws Exception {
        Path folder = folder("streams");
        Path mp4 = Clips.anMp4WithCommentaryAndSubtitles(folder.resolve("film.mp4"), folder.resolve("film.srt"));
        Files.delete(folder.resolve("film.srt"));

        RunTranscode job = queue(mp4, Plan.TRANSCODE, "any");

        assertThat(awaitFinished(job.jobId()).state()).isEqualTo(JobState.REPLACED);
        MediaInfo output = probe.probe(folder.resolve("film.mkv"));
        assertThat(output.streams()).extracting(StreamInfo::codec).containsExactly("hevc", "aac", "ac3", "subrip");
        assertThat(registry.status(job.jobId()).orElseThrow().reason())
                .contains("mov_text subtitles become srt in mkv");
    }

    @Test
    void drops_the_font_attachment_with_a_reason_and_converts_subtitles_for_mp4() throws Exception {
        Path folder = folder("to-mp4");
        Path mkv = Clips.anMkvWithFontAndSubtitles(
                folder.resolve("show.mkv"), folder.resolve("show.srt"), folder.resolve("font.ttf"));
        Files.delete(folder.resolve("show.srt"));
        Files.delete(folder.resolve("font.ttf"));
        RunTranscode job = job(mkv, Plan.TRANSCODE, "any", "mp4");
        registry.queued(job);
        publish(job);

        JobStatus status = awaitFinished(job.jobId());

        assertThat(status.state()).isEqualTo(JobState.REPLACED);
        assertThat(status.reason()).contains("mp4 cannot hold attachments");
        MediaInfo output = probe.probe(folder.resolve("show.mp4"));
        assertThat(output.streams()).extracting(StreamInfo::codec).containsExactly("hevc", "aac", "mov_text");
    }

    @Test
    void does_a_redelivered_job_only_once() throws Exception {
        Path episode = Clips.anH264Episode(folder("twice").resolve("twice.mkv"));
        RunTranscode job = queue(episode, Plan.TRANSCODE, "any");
        awaitFinished(job.jobId());
        byte[] replaced = Files.readAllBytes(episode);

        publish(job);
        sleep(2000);

        assertThat(Files.readAllBytes(episode)).isEqualTo(replaced);
        assertThat(ready(Topology.TRANSCODE_JOBS)).isZero();
        assertThat(eventsOf(events(), TranscodeCompleted.class)).hasSize(1);
    }

    @Test
    void acknowledges_and_skips_a_cancelled_job() throws Exception {
        Path episode = Clips.anH264Episode(folder("cancelled").resolve("gone.mkv"));
        byte[] before = Files.readAllBytes(episode);
        RunTranscode job = job(episode, Plan.TRANSCODE, "any", "mkv");
        registry.queued(job);
        registry.cancel(job.jobId(), "series deleted");

        publish(job);
        sleep(2000);

        assertThat(Files.readAllBytes(episode)).isEqualTo(before);
        assertThat(ready(Topology.TRANSCODE_JOBS)).isZero();
        assertThat(registry.status(job.jobId()).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
        assertThat(eventsOf(events(), TranscodeStarted.class)).isEmpty();
    }

    @Test
    void follows_a_job_whose_file_was_renamed_before_it_started() throws Exception {
        Path folder = folder("renamed");
        Path oldPath = folder.resolve("Show S01E01.mkv");
        RunTranscode job = job(oldPath, Plan.TRANSCODE, "any", "mkv");
        registry.queued(job);
        Path newPath = Clips.anH264Episode(folder.resolve("Show - S01E01 - Pilot.mkv"));
        registry.retarget(job.jobId(), newPath.toString());

        publish(job);

        assertThat(awaitFinished(job.jobId()).state()).isEqualTo(JobState.REPLACED);
        assertThat(probe.probe(newPath).mainVideo().orElseThrow().codec()).isEqualTo("hevc");
    }

    @Test
    void discards_the_output_when_the_arr_app_replaced_the_file_during_the_encode() throws Exception {
        Path episode = Clips.aLongerH264Episode(folder("upgraded").resolve("episode.mkv"), 16);
        RunTranscode job = queue(episode, Plan.TRANSCODE, "any");
        Instant deadline = Instant.now().plusSeconds(240);
        while (registry.status(job.jobId()).map(JobStatus::percent).orElse(0.0) <= 0) {
            assertThat(Instant.now()).as("encode under way in time").isBefore(deadline);
            sleep(50);
        }
        Files.setLastModifiedTime(episode, FileTime.from(Instant.now().plusSeconds(60)));
        byte[] upgrade = Files.readAllBytes(episode);

        JobStatus status = awaitFinished(job.jobId());

        assertThat(status.state()).isEqualTo(JobState.FAILED);
        assertThat(status.reason()).isEqualTo("the file changed while it was encoded; the output was discarded");
        assertThat(Files.readAllBytes(episode)).isEqualTo(upgrade);
        assertThat(listing(episode.getParent())).containsExactly(episode);
    }

    @Test
    void dead_letters_a_job_whose_file_is_missing() {
        RunTranscode job = queue(folder("missing").resolve("nothing.mkv"), Plan.TRANSCODE, "any");

        JobStatus status = awaitFinished(job.jobId());

        assertThat(status.state()).isEqualTo(JobState.FAILED);
        assertThat(status.reason()).startsWith("file not found on this worker");
        assertThat((String) deadLetter().getMessageProperties().getHeader(Topology.REASON_HEADER))
                .startsWith("file not found");
    }
}
