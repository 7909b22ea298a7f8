/** The deliberation pages: themes, the drafts under them, and each draft's history with what changed. */
@NullMarked
package org.minipublic.app.deliberation.web;

import org.jspecify.annotations.NullMarked;
