package io.arrflow.alerts;

import io.arrflow.architecture.ArchitectureContract;
import io.arrflow.architecture.ArchitectureRules;

/** Grouping, routing, rate limits, formats and mappings are plain Java; Redis, HTTP, mail and AMQP sit in adapters. */
class ArchitectureTest extends ArchitectureContract {

    ArchitectureTest() {
        super(ArchitectureRules.forRoot("io.arrflow.alerts")
                // The notifications queue carries alert-bridge's own JSON, not an Envelope: the codec builds the
                // AMQP message that MessagePublisher.sendConfirmed and DeadLetters take.
                .brokerClientAlsoIn("io.arrflow.alerts.delivery.adapter.."));
    }
}
