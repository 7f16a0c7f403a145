package io.arrflow.prober.stats.adapter;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/stats}: the background-built JSON, answered from memory. */
@RestController
public class StatsController {

    private final StatsBoard board;

    public StatsController(StatsBoard board) {
        this.board = board;
    }

    @GetMapping(value = "/api/stats", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> stats() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(board.json());
    }
}
