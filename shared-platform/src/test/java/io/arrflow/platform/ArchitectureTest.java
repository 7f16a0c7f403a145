package io.arrflow.platform;

import io.arrflow.architecture.ArchitectureContract;
import io.arrflow.architecture.ArchitectureRules;

/**
 * The platform is mostly adapters, shared by every service; its plain parts (authenticators, secret
 * files, formats) are held to the domain rules like a service's.
 */
class ArchitectureTest extends ArchitectureContract {

    ArchitectureTest() {
        super(ArchitectureRules.forRoot("io.arrflow.platform")
                // The broker adapter itself: RabbitTemplate, AMQP messages, topology, the Redis-aware outage hold.
                .adaptersAlsoIn("io.arrflow.platform.messaging..")
                // The Redis side of transcode-core's job ports (its Lua scripts need the platform's Redis).
                .adaptersAlsoIn("io.arrflow.platform.redis.."));
    }
}
