package org.minipublic.app.assembly;

import org.minipublic.app.shared.AssemblyId;

/** An assembly moved to another stage of its lifecycle. */
public record AssemblyStatusChanged(AssemblyId assemblyId, AssemblyStatus from, AssemblyStatus to) {}
