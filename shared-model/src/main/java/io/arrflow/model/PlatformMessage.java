package io.arrflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Events about arrflow's own plumbing. */
@JsonSubTypes({@JsonSubTypes.Type(PlatformMessage.MessageDeadLettered.class)})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface PlatformMessage extends ArrflowMessage {

    /**
     * Event: a message could not be handled and was moved to a dead-letter queue.
     *
     * @param queue the queue it was taken from
     * @param messageType its wire type, or {@code unreadable}
     * @param messageId its envelope id, when it could be read
     * @param reason one line: why it was dead-lettered
     */
    @JsonTypeName("MessageDeadLettered")
    record MessageDeadLettered(String queue, String messageType, String messageId, String reason)
            implements PlatformMessage {
        @Override
        public String subject() {
            return queue;
        }
    }
}
