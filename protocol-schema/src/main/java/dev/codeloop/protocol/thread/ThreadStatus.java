package dev.codeloop.protocol.thread;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.codeloop.protocol.Required;
import java.util.List;

/** Runtime status of a thread. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ThreadStatus.NotLoaded.class, name = "notLoaded"),
        @JsonSubTypes.Type(value = ThreadStatus.Idle.class, name = "idle"),
        @JsonSubTypes.Type(value = ThreadStatus.SystemError.class, name = "systemError"),
        @JsonSubTypes.Type(value = ThreadStatus.Active.class, name = "active"),
})
public sealed interface ThreadStatus {

    /** Stored but not in memory. */
    record NotLoaded() implements ThreadStatus {
    }

    /** Loaded, no turn running. */
    record Idle() implements ThreadStatus {
    }

    /** The last turn failed for a reason outside the conversation (model server, configuration). */
    record SystemError() implements ThreadStatus {
    }

    /**
     * A turn is running.
     *
     * @param activeFlags what the turn waits for; {@code waitingOnApproval} while an approval request is open
     */
    record Active(@Required List<ActiveFlag> activeFlags) implements ThreadStatus {
    }

    enum ActiveFlag {
        @JsonProperty("waitingOnApproval") WAITING_ON_APPROVAL,
        @JsonProperty("waitingOnUserInput") WAITING_ON_USER_INPUT
    }
}
