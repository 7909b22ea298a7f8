/** Pages for writing, previewing, publishing and reading the final report, on the web and as PDF. */
@NullMarked
package org.minipublic.app.report.web;

import org.jspecify.annotations.NullMarked;
