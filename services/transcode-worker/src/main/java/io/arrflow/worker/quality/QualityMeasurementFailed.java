package io.arrflow.worker.quality;

/** A quality score could not be computed. */
public class QualityMeasurementFailed extends RuntimeException {

    public QualityMeasurementFailed(String message) {
        super(message);
    }

    public QualityMeasurementFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
