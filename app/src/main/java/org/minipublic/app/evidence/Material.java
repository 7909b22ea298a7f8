package org.minipublic.app.evidence;

/**
 * A material as stored, without its versions.
 *
 * @param language the original language, whose versions every translation follows
 * @param revision goes into the details form, to catch concurrent edits
 */
public record Material(MaterialId id, MaterialDetails details, String language, MaterialStatus status, int revision) {}
