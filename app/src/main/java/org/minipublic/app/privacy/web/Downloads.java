package org.minipublic.app.privacy.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A person's data as a JSON file to save, never kept by a browser's or proxy's cache. */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<Map<String, @Nullable Object>> json(String fileName, Map<String, @Nullable Object> body) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
