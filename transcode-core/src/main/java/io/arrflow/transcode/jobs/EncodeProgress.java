package io.arrflow.transcode.jobs;

/** How far a running encode is: percent of the source, frames per second, speed against real time. */
public record EncodeProgress(double percent, double fps, double speed, long etaSeconds) {}
