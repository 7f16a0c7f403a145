package io.arrflow.platform;

import io.arrflow.platform.architecture.ArchitectureContract;
import io.arrflow.platform.architecture.ArchitectureRules;

/**
 * The platform is mostly adapters, shared by every service; its plain parts (authenticators, secret
 * files, formats) are held to the domain rules like a service's.
 */
class ArchitectureTest extends ArchitectureContract {

    ArchitectureTest() {
        super(ArchitectureRules.forRoot("io.arrflow.platform")
                // The broker adapter itself: RabbitTemplate, AMQP messages, topology, the Redis-aware outage hold.
                .adaptersAlsoIn("io.arrflow.platform.messaging..")
                // The Redis job registry; issue 13 moves it to transcode-core, where it splits into port and adapter.
                .excludingFromDomain("io.arrflow.platform.jobs.."));
    }
}
