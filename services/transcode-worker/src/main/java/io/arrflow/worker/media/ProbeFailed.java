package io.arrflow.worker.media;

public class ProbeFailed extends RuntimeException {

    public ProbeFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
