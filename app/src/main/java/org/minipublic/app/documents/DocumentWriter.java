package org.minipublic.app.documents;

import java.io.IOException;
import java.io.OutputStream;
import org.minipublic.app.shared.AssemblyId;

/**
 * Makes one kind of document; the module that owns the kind provides it as a bean. It may be called again for the
 * same request after a node stopped mid-way, so it must write the whole document each time, and write the same one
 * for the same data.
 */
public interface DocumentWriter {

    /** The kind's name, unique among writers, such as {@code recruitment.letters}. */
    String kind();

    /** The media type of what {@link #write} writes. */
    String mediaType();

    /** Writes the document about {@code subject} of the assembly. */
    void write(AssemblyId assembly, String subject, OutputStream out) throws IOException;
}
