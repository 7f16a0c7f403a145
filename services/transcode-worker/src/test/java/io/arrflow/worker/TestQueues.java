package io.arrflow.worker;

import io.arrflow.platform.testing.TestBroker;

/** Queue depths in the test suite's virtual host. */
public final class TestQueues {

    private TestQueues() {}

    public static long ready(String queue) {
        return TestBroker.messagesReady(TestBroker.vhost(WorkerTestSupport.SUITE), queue);
    }
}
