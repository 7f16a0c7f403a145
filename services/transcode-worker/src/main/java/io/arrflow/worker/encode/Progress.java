package io.arrflow.worker.encode;

/**
 * Where an encode stands.
 *
 * @param percent 0–100 of the source's duration
 * @param speed encode speed as a multiple of real time
 * @param etaSeconds remaining time at the current speed
 */
public record Progress(double percent, double fps, double speed, long etaSeconds) {}
