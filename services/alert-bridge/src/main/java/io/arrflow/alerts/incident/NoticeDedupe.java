package io.arrflow.alerts.incident;

/** One-off notices are told once per fingerprint within a window. */
public interface NoticeDedupe {

    /** True the first time a fingerprint is seen within the window. */
    boolean firstTime(String fingerprint);
}
