/**
 * What the engines' command-line tools share: the exit codes, one handler that turns an error into a short message
 * and an exit code, and a launcher that lets Ctrl-C stop a long run cleanly.
 */
@NullMarked
package org.minipublic.cli;

import org.jspecify.annotations.NullMarked;
