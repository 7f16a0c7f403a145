package io.arrflow.rotator.audit.adapter;

import io.arrflow.platform.web.ApiProblem;
import io.arrflow.rotator.audit.AuditReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/audit {"path": "/repo"}}: the same audit as the CLI, as JSON. */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

    record AuditRequest(String path) {}

    record FindingView(String location, String rule, String description) {}

    record AuditView(
            String root,
            int filesScanned,
            int commitsScanned,
            boolean clean,
            List<FindingView> findings,
            List<String> purgeCommands) {}

    @PostMapping
    public AuditView audit(@RequestBody AuditRequest request) throws IOException {
        if (request.path() == null || request.path().isBlank()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "give the path to audit: {\"path\": \"/repo\"}");
        }
        AuditReport report;
        try {
            report = new Auditor().audit(Path.of(request.path()));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        List<FindingView> findings = report.findings().stream()
                .map(f -> new FindingView(f.location(), f.rule().id(), f.rule().description()))
                .toList();
        return new AuditView(
                report.root(),
                report.filesScanned(),
                report.commitsScanned(),
                report.clean(),
                findings,
                report.purgeCommands());
    }
}
