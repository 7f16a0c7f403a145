package io.arrflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.platform.messaging.PublishFailed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

class ApiErrorsTest {

    private final ApiErrors errors = new ApiErrors();

    @Test
    void an_expected_problem_keeps_its_status_and_reason() {
        ProblemDetail problem =
                errors.problem(new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "path is outside the library roots"));

        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getDetail()).isEqualTo("path is outside the library roots");
    }

    @Test
    void malformed_json_is_a_bad_request_with_the_parser_first_line_only() {
        HttpMessageNotReadableException unreadable = new HttpMessageNotReadableException(
                "JSON parse error",
                new IllegalArgumentException("Unexpected character ('}' (code 125))\n at [Source: REDACTED; line: 1]"),
                new MockHttpInputMessage("{\"path\":}".getBytes()));

        ProblemDetail problem = errors.unreadable(unreadable);

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo("malformed JSON: Unexpected character ('}' (code 125))");
    }

    @Test
    void a_body_without_any_message_is_still_explained() {
        HttpMessageNotReadableException unreadable =
                new HttpMessageNotReadableException(null, new MockHttpInputMessage(new byte[0]));

        assertThat(errors.unreadable(unreadable).getDetail()).isEqualTo("malformed JSON: unreadable body");
    }

    @Test
    void a_very_long_reason_is_cut_to_two_hundred_characters() {
        String detail = ApiErrors.firstLine(new IllegalStateException("x".repeat(500)));

        assertThat(detail).hasSize(201).endsWith("…");
    }

    @Test
    void a_body_in_another_format_is_asked_for_as_json() {
        ProblemDetail problem = errors.mediaType(
                new HttpMediaTypeNotSupportedException(MediaType.TEXT_PLAIN, List.of(MediaType.APPLICATION_JSON)));

        assertThat(problem.getStatus()).isEqualTo(415);
        assertThat(problem.getDetail()).isEqualTo("send the body as application/json");
    }

    @Test
    void a_wrong_method_is_named_in_the_answer() {
        ProblemDetail problem = errors.method(new HttpRequestMethodNotSupportedException("DELETE", List.of("POST")));

        assertThat(problem.getStatus()).isEqualTo(405);
        assertThat(problem.getDetail()).contains("DELETE");
    }

    @Test
    void an_unknown_endpoint_is_named_in_the_answer() {
        ProblemDetail problem = errors.notFound(new NoResourceFoundException(HttpMethod.GET, "/api/jobz", "api/jobz"));

        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getDetail()).isEqualTo("no such endpoint: /api/jobz");
    }

    @Test
    void an_unconfirmed_publish_asks_the_caller_to_retry_without_internals() {
        ResponseEntity<ProblemDetail> answer =
                errors.notPublished(new PublishFailed("no publisher confirm for arrflow.jobs/any within PT10S"));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("10");
        assertThat(answer.getBody().getDetail())
                .isEqualTo("message broker unavailable: it did not confirm the message, which may or may not have been"
                        + " queued; retry later")
                .doesNotContain("arrflow.jobs");
    }

    @Test
    void an_unreachable_redis_is_a_503_with_retry_after_not_a_500() {
        ResponseEntity<ProblemDetail> answer = errors.storeUnavailable(
                new RedisConnectionFailureException("Unable to connect to Redis", new java.net.ConnectException()));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("10");
        assertThat(answer.getBody().getDetail())
                .isEqualTo("shared status store (Redis) unavailable, nothing was queued; retry later");
    }

    @Test
    void a_body_that_grew_past_the_limit_while_read_is_a_413() {
        HttpMessageNotReadableException e = new HttpMessageNotReadableException(
                "I/O error while reading input message",
                new BodySizeLimit.BodyTooLarge("request body over 1024 KB"),
                new MockHttpInputMessage(new byte[0]));

        ProblemDetail problem = errors.unreadable(e);

        assertThat(problem.getStatus()).isEqualTo(413);
        assertThat(problem.getDetail()).isEqualTo("request body over 1024 KB");
    }
}
