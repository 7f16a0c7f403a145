package io.arrflow.allinone;

import java.util.List;

/**
 * arrflow in one JVM for a small install: library-watcher, transcode-worker, health-prober, alert-bridge and
 * secrets-rotator, each in an application context of its own on its usual port (move one with
 * {@code ARRFLOW_<SERVICE>_PORT}, e.g. {@code ARRFLOW_LIBRARY_WATCHER_PORT}). Every other setting is the
 * services' own: the same variables, read by all five.
 */
public final class AllInOneApplication {

    private AllInOneApplication() {}

    public static void main(String[] args) {
        try {
            List<?> running = new AllInOne(Service.ALL, System.getenv()).start(args);
            System.out.println("[arrflow] all-in-one: " + running.size() + " services started");
        } catch (IllegalArgumentException badSetting) {
            System.err.println("[arrflow] all-in-one: " + badSetting.getMessage());
            System.exit(2);
        } catch (AllInOne.ServiceFailed failed) {
            // Spring has already printed why (the failure analysis); this names which one, and what happened.
            System.err.println("[arrflow] all-in-one: " + failed.service()
                    + " did not start, so none runs (the reason is printed above)");
            System.exit(1);
        }
    }
}
