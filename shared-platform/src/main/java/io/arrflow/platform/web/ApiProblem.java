package io.arrflow.platform.web;

import org.springframework.http.HttpStatus;

/** An expected API error: answered with its status and a one-line reason, never a stack trace. */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;

    public ApiProblem(HttpStatus status, String reason) {
        super(reason);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
