package org.minipublic.app.evidence.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.minipublic.app.shared.Languages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How the materials' pages send files and name languages. */
final class MaterialFiles {

    private MaterialFiles() {}

    /**
     * A file as a response, with the type its bytes showed when it was uploaded. Images open in the browser; anything
     * else downloads, and no browser may guess another type (nosniff) or run what it holds (a sandbox).
     */
    static ResponseEntity<byte[]> send(String fileName, String mediaType, byte[] content) {
        var type = MediaType.parseMediaType(mediaType);
        var disposition =
                "image".equals(type.getType()) ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(content);
    }

    /** Each language the interface speaks, by tag, named in the reader's language. */
    static Map<String, String> languageNames(Locale reader) {
        Map<String, String> names = new LinkedHashMap<>();
        Languages.SUPPORTED.forEach(l -> names.put(l.getLanguage(), l.getDisplayLanguage(reader)));
        return names;
    }

    /** The reader's language as a material language tag. */
    static String language(Locale reader) {
        return Languages.supportedOrEnglish(reader).getLanguage();
    }
}
