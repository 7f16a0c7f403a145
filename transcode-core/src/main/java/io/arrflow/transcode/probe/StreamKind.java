package io.arrflow.transcode.probe;

public enum StreamKind {
    VIDEO,
    AUDIO,
    SUBTITLE,
    ATTACHMENT,
    DATA
}
