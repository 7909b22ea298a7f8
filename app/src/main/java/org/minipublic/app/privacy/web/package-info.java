/** The privacy pages: the retention period and purge, and a respondent's copy of their data and erasure. */
@NullMarked
package org.minipublic.app.privacy.web;

import org.jspecify.annotations.NullMarked;
