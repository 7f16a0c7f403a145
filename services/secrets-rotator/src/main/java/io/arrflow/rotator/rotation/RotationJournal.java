package io.arrflow.rotator.rotation;

/** Where a rotation reports each step; the detail never holds a key. */
@FunctionalInterface
public interface RotationJournal {

    void record(String app, RotationStep step, String detail);
}
