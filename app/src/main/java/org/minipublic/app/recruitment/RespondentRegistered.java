package org.minipublic.app.recruitment;

import org.minipublic.app.shared.AssemblyId;

/** Someone registered for an assembly; listeners confirm it to them (the event carries no personal data). */
public record RespondentRegistered(AssemblyId assembly, RespondentId respondent) {}
