package io.arrflow.watcher.policy;

import io.arrflow.watcher.probe.ProbeResult;
import java.util.Optional;

/** A probed file the policy decides on, and the profile a person asked for, if any. */
public record Candidate(String path, ProbeResult probe, Optional<Profile> requestedProfile) {}
