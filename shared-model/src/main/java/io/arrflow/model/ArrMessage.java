package io.arrflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Events about the arr apps themselves, reported by their webhooks or arrflow's calls to them. */
@JsonSubTypes({
    @JsonSubTypes.Type(ArrMessage.ArrHealthIssue.class),
    @JsonSubTypes.Type(ArrMessage.ArrHealthRestored.class),
    @JsonSubTypes.Type(ArrMessage.ArrManualInteractionRequired.class),
    @JsonSubTypes.Type(ArrMessage.ArrApplicationUpdated.class),
    @JsonSubTypes.Type(ArrMessage.ArrActivityRecorded.class),
    @JsonSubTypes.Type(ArrMessage.ArrRescanCompleted.class),
    @JsonSubTypes.Type(ArrMessage.ArrRescanFailed.class)
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface ArrMessage extends ArrflowMessage {

    ArrApp app();

    String instanceName();

    @Override
    default String subject() {
        return instanceName() == null ? app().wireName() : instanceName();
    }

    /** Event: an arr app reports a health problem ({@code level}: ok, notice, warning, error; {@code check}: the arr's health check name). */
    @JsonTypeName("ArrHealthIssue")
    record ArrHealthIssue(
            ArrApp app, String instanceName, String level, String check, String message, String wikiUrl, String link)
            implements ArrMessage {}

    /** Event: an arr app reports that a health problem went away. */
    @JsonTypeName("ArrHealthRestored")
    record ArrHealthRestored(
            ArrApp app, String instanceName, String level, String check, String message, String wikiUrl, String link)
            implements ArrMessage {}

    /** Event: a download waits for a person (e.g. an import that needs a manual choice). */
    @JsonTypeName("ArrManualInteractionRequired")
    record ArrManualInteractionRequired(
            ArrApp app, String instanceName, String title, String downloadStatus, String message, String link)
            implements ArrMessage {}

    /** Event: an arr app updated itself. */
    @JsonTypeName("ArrApplicationUpdated")
    record ArrApplicationUpdated(
            ArrApp app, String instanceName, String previousVersion, String newVersion, String message, String link)
            implements ArrMessage {}

    /** Event: activity that needs no job (grab, series/movie/artist added), kept for the record. */
    @JsonTypeName("ArrActivityRecorded")
    record ArrActivityRecorded(ArrApp app, String instanceName, String eventType, String title) implements ArrMessage {}

    /** Event: the arr app finished the rescan arrflow asked for after replacing a file. */
    @JsonTypeName("ArrRescanCompleted")
    record ArrRescanCompleted(ArrApp app, String instanceName, long itemId, String command, long commandId)
            implements ArrMessage {}

    /** Event: the rescan could not be done after bounded retries. */
    @JsonTypeName("ArrRescanFailed")
    record ArrRescanFailed(ArrApp app, String instanceName, long itemId, String reason, int attempts)
            implements ArrMessage {}
}
