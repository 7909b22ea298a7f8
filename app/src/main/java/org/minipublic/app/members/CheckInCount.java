package org.minipublic.app.members;

/** How many of the members expected on a day have been checked in. */
public record CheckInCount(long present, long expected) {}
