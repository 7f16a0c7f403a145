package io.arrflow.platform.config;

import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.TranscodeFile;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.platform.web.ApiProblem;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The smallest service that depends on shared-platform: a few API endpoints, nothing else of its own. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(PlatformTestApplication.LibraryEndpoint.class)
class PlatformTestApplication {

    @RestController
    static class LibraryEndpoint {

        private final MessagePublisher publisher;

        LibraryEndpoint(MessagePublisher publisher) {
            this.publisher = publisher;
        }

        /** Accepts a hand-written request only once the broker confirmed it. */
        @PostMapping("/api/requests")
        ResponseEntity<Void> request(@RequestBody TranscodeFile request) {
            publisher.publish("", Topology.TRANSCODE_REQUESTS, Envelope.of(request, "platform-it"));
            return ResponseEntity.accepted().build();
        }

        @GetMapping("/api/library")
        Map<String, Object> library() {
            return Map.of("series", 1, "title", "The Expanse");
        }

        @PostMapping("/api/jobs")
        Map<String, Object> queue(@RequestBody Map<String, Object> request) {
            if (!String.valueOf(request.get("path")).startsWith("/media/")) {
                throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "path is outside the library roots");
            }
            return Map.of("queued", request.get("path"));
        }
    }
}
