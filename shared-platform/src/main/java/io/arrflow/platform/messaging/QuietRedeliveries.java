package io.arrflow.platform.messaging;

import org.springframework.amqp.rabbit.listener.ConditionalRejectingErrorHandler;
import org.springframework.util.ErrorHandler;

/**
 * The listener containers' error handler. A {@link Redeliver} was logged by {@link EnvelopeConsumer}
 * with its reason before it was thrown, so it is not logged again; anything else is a failure no
 * consumer handled and is logged and judged as Spring AMQP does by default.
 */
public final class QuietRedeliveries implements ErrorHandler {

    private final ErrorHandler others = new ConditionalRejectingErrorHandler();

    @Override
    public void handleError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Redeliver) {
                return;
            }
        }
        others.handleError(failure);
    }
}
