package org.minipublic.app.accountability;

import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;

/** A progress update was posted on an action: subscribers of a published record are told. Ids only. */
public record ProgressUpdatePosted(AssemblyId assembly, UUID update) {}
