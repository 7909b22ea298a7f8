package org.minipublic.app.programme;

import org.minipublic.app.shared.AssemblyId;

/** Published when an organiser removes a session, so that what was planned for it (table plans) goes too. */
public record SessionRemoved(AssemblyId assembly, SessionId session) {}
