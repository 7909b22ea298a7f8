package org.minipublic.app.assembly;

import org.minipublic.app.shared.AssemblyId;

/** A new assembly exists, in the planning stage. */
public record AssemblyCreated(AssemblyId assemblyId) {}
