package io.arrflow.watcher.webhook;

import io.arrflow.model.ArrItemRef;
import io.arrflow.model.ArrMessage;
import java.util.List;

/** What arrflow does about one arr webhook. */
sealed interface Reaction {

    /** Short name for metrics and the response body. */
    String name();

    /** The arr "Test" button. */
    record Acknowledge() implements Reaction {
        public String name() {
            return "test";
        }
    }

    /** New or upgraded files: probe and decide each; {@code replaced} are upgraded-away files whose jobs end. */
    record Import(List<String> files, ArrItemRef item, List<String> tags, List<String> replaced) implements Reaction {
        public String name() {
            return "import";
        }
    }

    /**
     * Files or whole folders are gone: cancel their pending jobs. With {@code onlyMissing}, jobs under
     * the folders are cancelled only if their file no longer exists (an album of an artist).
     */
    record Cancel(List<String> files, List<String> folders, String reason, boolean onlyMissing) implements Reaction {
        public String name() {
            return "cancel";
        }
    }

    /** Files were renamed: pending jobs follow them. */
    record Retarget(List<Move> moves) implements Reaction {
        public String name() {
            return "retarget";
        }
    }

    /** Something for alert-bridge (health, manual interaction, update) or the record (grab, added). */
    record Announce(ArrMessage event) implements Reaction {
        public String name() {
            return "announce";
        }
    }

    /** An eventType this version does not know: accepted, counted, nothing else. */
    record Ignore(String eventType) implements Reaction {
        public String name() {
            return "ignored";
        }
    }

    /** A webhook that cannot mean what it says (a Download that names no file): refused with the reason. */
    record Refuse(String reason) implements Reaction {
        public String name() {
            return "refused";
        }
    }

    record Move(String from, String to) {}
}
