package io.arrflow.rotator.rotation.adapter;

import io.arrflow.model.Envelope;
import io.arrflow.platform.web.ApiProblem;
import io.arrflow.rotator.rotation.ArrTarget;
import io.arrflow.rotator.rotation.RotationMessages;
import io.arrflow.rotator.rotation.UnknownApp;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/secrets}: the rotated keys and their versions; {@code POST /api/rotations/{app}}: rotate now. */
@RestController
@RequestMapping("/api")
public class RotationController {

    private final RotationService rotations;
    private final RotationMessages messages;

    public RotationController(RotationService rotations, RotationMessages messages) {
        this.rotations = rotations;
        this.messages = messages;
    }

    record SecretView(String name, String app, String container, String source, int version) {}

    record RotationRequested(String name, String commandId) {}

    @GetMapping("/secrets")
    List<SecretView> secrets() {
        return rotations.apps().stream().map(this::view).toList();
    }

    @PostMapping("/rotations/{app}")
    ResponseEntity<RotationRequested> rotate(@PathVariable String app) {
        ArrTarget target = known(app);
        Envelope command = RotationSchedule.request(messages, target.app(), "requested through the API");
        return ResponseEntity.accepted()
                .body(new RotationRequested(target.secretName(), command.id().toString()));
    }

    private SecretView view(String app) {
        ArrTarget target = rotations.target(app);
        String source = target.configXml().map(p -> "config.xml " + p).orElse("secret file " + target.keyFile());
        return new SecretView(target.secretName(), target.app(), target.container(), source, rotations.version(app));
    }

    private ArrTarget known(String app) {
        try {
            return rotations.target(app);
        } catch (UnknownApp e) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
