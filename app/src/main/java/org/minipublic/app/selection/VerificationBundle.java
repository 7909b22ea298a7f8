package org.minipublic.app.selection;

/**
 * A draw's verification bundle: a ZIP of its record ({@code draw.json}), the targets and people files it read
 * ({@code targets.csv}, {@code people.csv}) and a {@code README.txt} on running the engine's {@code verify} command.
 *
 * @param fileName what to save it as
 */
public record VerificationBundle(String fileName, byte[] zip) {}
