package org.minipublic.app.evidence;

/** A material's file, to send to a reader: its name, the type its bytes showed, and the bytes. */
public record MaterialFile(String fileName, String mediaType, byte[] content) {

    @Override
    public String toString() {
        return "MaterialFile[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
