package io.arrflow.prober.queues;

import java.util.List;

/** How deep the broker's queues are now, as the status page shows them. */
public interface QueueDepths {

    /** Throws when the broker cannot tell now; the caller shows the queues as unknown. */
    List<QueueDepth> queues() throws Exception;
}
