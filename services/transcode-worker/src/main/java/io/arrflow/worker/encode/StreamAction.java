package io.arrflow.worker.encode;

import io.arrflow.transcode.probe.StreamInfo;

/** What happens to one input stream: it is encoded, copied, converted to another codec, or dropped. */
public sealed interface StreamAction {

    StreamInfo stream();

    record Encode(StreamInfo stream) implements StreamAction {}

    record Copy(StreamInfo stream) implements StreamAction {}

    record Convert(StreamInfo stream, String codec, String reason) implements StreamAction {}

    record Drop(StreamInfo stream, String reason) implements StreamAction {}
}
