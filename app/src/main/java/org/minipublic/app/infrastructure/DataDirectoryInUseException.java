package org.minipublic.app.infrastructure;

import java.nio.file.Path;

/** Another running Minipublic holds the data directory; starting a second server on it would corrupt the data. */
public class DataDirectoryInUseException extends IllegalStateException {

    private final Path dataDirectory;

    DataDirectoryInUseException(Path dataDirectory) {
        super("The data directory " + dataDirectory.toAbsolutePath()
                + " is in use by another running Minipublic. Stop that one first, or start this one with"
                + " --minipublic.data-dir=<another directory>.");
        this.dataDirectory = dataDirectory;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
