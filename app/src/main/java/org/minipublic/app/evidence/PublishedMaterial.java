package org.minipublic.app.evidence;

import org.jspecify.annotations.Nullable;
import org.minipublic.app.programme.Perspective;
import org.minipublic.app.programme.SessionId;

/**
 * A published material as readers see it, in one language.
 *
 * @param language the language of this version: the one asked for when a published translation exists, else the
 *     original language
 * @param isFile whether this version is a file ({@code fileName}, {@code mediaType}; the bytes come from
 *     {@link Materials#publishedFile}) or a written page ({@code body}, plain text: see {@link PageText})
 * @param fileName the file's name; empty for a page
 * @param mediaType the type the file's bytes showed; empty for a page
 * @param body the page's text; empty for a file
 */
public record PublishedMaterial(
        MaterialId id,
        String title,
        String topic,
        Perspective perspective,
        @Nullable SessionId session,
        String language,
        boolean isFile,
        String fileName,
        String mediaType,
        String body) {}
