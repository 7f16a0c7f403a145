package io.arrflow.platform.web;

import io.arrflow.platform.messaging.PublishFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The edge where API errors are handled once: each becomes a problem+json with a one-line detail.
 * Ordered before Spring Boot's own problem-details handler (order 0), which handles the same
 * framework exceptions and would otherwise answer first.
 */
@RestControllerAdvice
@Order(-1)
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    static final int RETRY_AFTER_SECONDS = 10;

    @ExceptionHandler(ApiProblem.class)
    ProblemDetail problem(ApiProblem problem) {
        return ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (rootCause(e) instanceof BodySizeLimit.BodyTooLarge tooLarge) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "malformed JSON: " + firstLine(e));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED, e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail notFound(NoResourceFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no such endpoint: /" + e.getResourcePath());
    }

    @ExceptionHandler(PublishFailed.class)
    ResponseEntity<ProblemDetail> notPublished(PublishFailed e) {
        log.warn("request not accepted, the publish failed: {}", e.getMessage());
        return unavailable("message broker unavailable: " + e.summary() + "; retry later");
    }

    /** Redis (shared status, dedupe) is unreachable: an outage of a store, not a fault of the request. */
    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(DataAccessResourceFailureException e) {
        log.warn("request not accepted, Redis is unreachable: {}", firstLine(e));
        return unavailable("shared status store (Redis) unavailable, nothing was queued; retry later");
    }

    private static ResponseEntity<ProblemDetail> unavailable(String detail) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    static String firstLine(Exception e) {
        Throwable root = rootCause(e);
        String message = root.getMessage() == null ? "unreadable body" : root.getMessage();
        String line = message.lines().findFirst().orElse(message).trim();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
