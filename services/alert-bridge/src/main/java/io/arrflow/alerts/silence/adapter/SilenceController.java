package io.arrflow.alerts.silence.adapter;

import io.arrflow.alerts.silence.Silence;
import io.arrflow.alerts.silence.SilenceRequest;
import io.arrflow.alerts.silence.SilenceStore;
import io.arrflow.platform.web.ApiProblem;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/silences}: list, create and expire silences (Bearer token like every arrflow API). */
@RestController
@RequestMapping("/api/silences")
public class SilenceController {

    private final SilenceStore store;
    private final Clock clock;

    public SilenceController(SilenceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping
    List<Silence> list() {
        return store.current(clock.instant());
    }

    @GetMapping("/{id}")
    Silence get(@PathVariable String id) {
        return store.get(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping
    ResponseEntity<Silence> create(@RequestBody SilenceRequest request) {
        Silence silence;
        try {
            silence = request.toSilence(clock.instant());
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST, e.getMessage().lines().findFirst().orElse("invalid silence"));
        }
        store.put(silence);
        return ResponseEntity.status(HttpStatus.CREATED).body(silence);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> expire(@PathVariable String id) {
        if (!store.remove(id)) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    private static ApiProblem notFound(String id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "no silence " + id);
    }
}
