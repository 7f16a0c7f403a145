package io.arrflow.watcher.jobs.adapter;

import io.arrflow.platform.web.ApiProblem;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.JobStatus;
import io.arrflow.watcher.jobs.Detection;
import io.arrflow.watcher.jobs.JobRequests;
import io.arrflow.watcher.jobs.PlanOutcome;
import io.arrflow.watcher.jobs.Planner;
import io.arrflow.watcher.jobs.RequestRejected;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/jobs} submits a file, validated like a hand-written queue message: 202 with the
 * job when queued, 200 with the reason when skipped or already known, 400/422 when invalid.
 */
@RestController
class JobsController {

    private static final Logger log = LoggerFactory.getLogger(JobsController.class);

    record JobRequest(String path, String profile) {}

    private final JobRequests requests;
    private final Planner planner;
    private final JobRegistry registry;

    JobsController(JobRequests requests, Planner planner, JobRegistry registry) {
        this.requests = requests;
        this.planner = planner;
        this.registry = registry;
    }

    @PostMapping("/api/jobs")
    ResponseEntity<Map<String, Object>> submit(@RequestBody JobRequest request) {
        Detection detection = validate(request);
        PlanOutcome outcome = planner.plan(detection, "api-" + UUID.randomUUID());
        log.info("{} from POST /api/jobs: {}", detection.file(), outcome);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("path", detection.file().toString());
        return switch (outcome) {
            case PlanOutcome.Queued queued -> {
                body.put("status", "queued");
                body.put("jobId", queued.job().jobId());
                body.put("plan", queued.job().plan());
                body.put("profile", queued.job().profile());
                body.put("encoder", queued.job().encoder());
                yield ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
            }
            case PlanOutcome.Skipped skipped -> {
                body.put("status", "skipped");
                body.put("reason", skipped.reason());
                body.put("detail", skipped.detail());
                yield ResponseEntity.ok(body);
            }
            case PlanOutcome.Duplicate duplicate -> {
                body.put("status", "duplicate");
                body.put("reason", duplicate.reason());
                if (duplicate.pendingJob() != null) {
                    body.put("jobId", duplicate.pendingJob());
                }
                yield ResponseEntity.ok(body);
            }
        };
    }

    @GetMapping("/api/jobs/{id}")
    JobStatus status(@PathVariable String id) {
        UUID jobId;
        try {
            jobId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "job id must be a UUID");
        }
        return registry.status(jobId)
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "no job " + id + " (finished jobs expire)"));
    }

    private Detection validate(JobRequest request) {
        try {
            return requests.validate(request.path(), request.profile(), "api");
        } catch (RequestRejected e) {
            HttpStatus status = e.kind() == RequestRejected.Kind.INVALID
                    ? HttpStatus.BAD_REQUEST
                    : HttpStatus.UNPROCESSABLE_CONTENT;
            throw new ApiProblem(status, e.getMessage() + "; nothing was queued");
        }
    }
}
