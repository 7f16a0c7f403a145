package io.arrflow.worker.encode;

import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.transcode.probe.StreamKind;
import io.arrflow.worker.encode.StreamAction.Convert;
import io.arrflow.worker.encode.StreamAction.Copy;
import io.arrflow.worker.encode.StreamAction.Drop;
import io.arrflow.worker.encode.StreamAction.Encode;
import java.util.ArrayList;
import java.util.List;

/** Every input stream's fate in the output. A remux copies the video; a transcode encodes it. */
public record StreamPlan(List<StreamAction> actions) {

    public StreamPlan {
        actions = List.copyOf(actions);
    }

    public static StreamPlan of(MediaInfo source, String container, boolean encodeVideo) {
        StreamInfo main = source.mainVideo().orElse(null);
        List<StreamAction> actions = new ArrayList<>();
        for (StreamInfo stream : source.streams()) {
            if (stream.equals(main)) {
                actions.add(encodeVideo ? new Encode(stream) : new Copy(stream));
            } else {
                actions.add(ContainerRules.forStream(stream, container));
            }
        }
        return new StreamPlan(actions);
    }

    /** The streams that reach the output, in output order. */
    public List<StreamAction> kept() {
        return actions.stream().filter(a -> !(a instanceof Drop)).toList();
    }

    /** The encoded video's index in the output; -1 when no stream is encoded (a remux). */
    public int encodedVideoOutputIndex() {
        List<StreamAction> kept = kept();
        for (int out = 0; out < kept.size(); out++) {
            if (kept.get(out) instanceof Encode) {
                return out;
            }
        }
        return -1;
    }

    public long expectedCount(StreamKind kind) {
        return kept().stream().filter(a -> a.stream().kind() == kind).count();
    }

    /** One line per stream that is converted or dropped, for the log and the job's history. */
    public List<String> changes() {
        List<String> changes = new ArrayList<>();
        for (StreamAction action : actions) {
            switch (action) {
                case Convert c -> changes.add("stream " + c.stream().index() + " converted: " + c.reason());
                case Drop d -> changes.add("stream " + d.stream().index() + " dropped: " + d.reason());
                case Copy ignored -> {}
                case Encode ignored -> {}
            }
        }
        return changes;
    }
}
