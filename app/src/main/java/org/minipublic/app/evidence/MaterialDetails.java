package org.minipublic.app.evidence;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.programme.Perspective;
import org.minipublic.app.programme.SessionId;

/**
 * What organisers say about a material, beside its content: the topic it is grouped under, the perspective it speaks
 * from, the session it belongs to (if any) and whether the public may read it once published. Changing these does not
 * send the material back to review; its content does.
 */
public record MaterialDetails(String topic, Perspective perspective, @Nullable SessionId session, boolean isPublic) {

    public MaterialDetails {
        topic = topic.strip();
        Objects.requireNonNull(perspective, "perspective");
    }
}
