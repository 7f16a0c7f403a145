package io.arrflow.watcher.policy;

import io.arrflow.transcode.probe.MediaInfo;
import java.util.Optional;

/** A probed file the policy decides on, and the profile a person asked for, if any. */
public record Candidate(String path, MediaInfo probe, Optional<Profile> requestedProfile) {}
