package org.minipublic.app.evidence;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.Languages;

/**
 * The rules a material's details and versions must keep. A refused file is named in the message with the reason, and
 * nothing of it is stored.
 */
final class MaterialRules {

    static final int TITLE_LIMIT = 200;
    static final int TOPIC_LIMIT = 100;
    static final int BODY_LIMIT = 50_000;
    static final int FILE_NAME_LIMIT = 200;
    /** Per file; below the 20 MB the server accepts per request, so that this check, with its message, runs. */
    static final int FILE_LIMIT_MB = 15;

    static final int FILE_LIMIT_BYTES = FILE_LIMIT_MB * 1024 * 1024;

    /** A version as it will be stored: a checked file (with the type its bytes showed) or a page. */
    record Checked(String title, @Nullable MaterialType type, @Nullable String fileName, byte[] content, String body) {}

    private MaterialRules() {}

    static void check(MaterialDetails details) {
        if (details.topic().isEmpty()) {
            throw new InvalidInputException("topic", "evidence.topic.required");
        }
        if (details.topic().length() > TOPIC_LIMIT) {
            throw new InvalidInputException("topic", "evidence.too-long", TOPIC_LIMIT);
        }
    }

    /** The language's tag if the interface speaks it; a material's versions are in these languages only. */
    static String language(String tag) {
        var wanted = tag.strip().toLowerCase(Locale.ROOT);
        return Languages.SUPPORTED.stream()
                .map(Locale::getLanguage)
                .filter(wanted::equals)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("language", "evidence.language.unknown"));
    }

    static Checked check(VersionInput input) {
        if (input.title().isEmpty()) {
            throw new InvalidInputException("title", "evidence.title.required");
        }
        if (input.title().length() > TITLE_LIMIT) {
            throw new InvalidInputException("title", "evidence.too-long", TITLE_LIMIT);
        }
        var file = input.file();
        return file == null ? page(input) : file(input.title(), file);
    }

    private static Checked page(VersionInput input) {
        if (input.body().isEmpty()) {
            throw new InvalidInputException("body", "evidence.body.required");
        }
        if (input.body().length() > BODY_LIMIT) {
            throw new InvalidInputException("body", "evidence.too-long", BODY_LIMIT);
        }
        return new Checked(input.title(), null, null, new byte[0], input.body());
    }

    private static Checked file(String title, Upload upload) {
        var name = upload.fileName().isEmpty() ? "material" : upload.fileName();
        var bytes = upload.bytes();
        if (bytes.length == 0) {
            throw new InvalidInputException("file", "evidence.file.empty", name);
        }
        if (bytes.length > FILE_LIMIT_BYTES) {
            throw new InvalidInputException(
                    "file", "evidence.file.too-large", name, bytes.length / (1024.0 * 1024.0), FILE_LIMIT_MB);
        }
        var type = MaterialType.of(bytes)
                .orElseThrow(() -> new InvalidInputException("file", "evidence.file.not-supported", name));
        if (MaterialType.named(name).filter(type::equals).isEmpty()) {
            throw new InvalidInputException("file", "evidence.file.name-mismatch", name, type.name(), extension(type));
        }
        if (name.length() > FILE_NAME_LIMIT) {
            throw new InvalidInputException("file", "evidence.file.name-too-long", FILE_NAME_LIMIT);
        }
        return new Checked(title, type, name, bytes, "");
    }

    private static String extension(MaterialType type) {
        return type.name().equals("JPEG") ? "jpg" : type.name().toLowerCase(Locale.ROOT);
    }
}
