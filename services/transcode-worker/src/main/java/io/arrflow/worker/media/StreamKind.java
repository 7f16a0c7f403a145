package io.arrflow.worker.media;

public enum StreamKind {
    VIDEO,
    AUDIO,
    SUBTITLE,
    ATTACHMENT,
    DATA
}
