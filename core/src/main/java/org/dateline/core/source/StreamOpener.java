package org.dateline.core.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens the raw bytes of a source when it is read, not when it is listed: a folder of ten thousand files must
 * not hold ten thousand open handles.
 */
@FunctionalInterface
public interface StreamOpener {
    InputStream open() throws IOException;
}
