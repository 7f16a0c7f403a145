package io.arrflow.platform.config;

import io.arrflow.platform.secrets.SecretFileUnreadable;
import io.arrflow.platform.security.MissingCredentials;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** Turns arrflow's configuration errors into a short start-up report instead of a stack trace. */
public class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MissingCredentials missing) {
                return new FailureAnalysis(
                        missing.getMessage(),
                        "Set " + missing.variable() + " (or " + missing.variable()
                                + "_FILE naming a file that holds it). `secrets-rotator init DIR` generates one.",
                        missing);
            }
            if (cause instanceof SecretFileUnreadable unreadable) {
                return new FailureAnalysis(
                        unreadable.getMessage(),
                        "Check that " + unreadable.file() + " exists and is readable by this service's user.",
                        unreadable);
            }
        }
        return null;
    }
}
