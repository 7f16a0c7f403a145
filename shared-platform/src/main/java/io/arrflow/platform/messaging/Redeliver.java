package io.arrflow.platform.messaging;

import org.springframework.amqp.ImmediateRequeueAmqpException;

/**
 * Tells the listener container to put a delivery back on its queue: {@link EnvelopeConsumer} has
 * already logged why and waited its backoff, so this carries no stack trace of its own.
 */
public final class Redeliver extends ImmediateRequeueAmqpException {

    public Redeliver(String queue) {
        super("delivery on " + queue + " goes back to the queue");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
