/** The call list pages. */
@NullMarked
package org.minipublic.app.confirmation.web;

import org.jspecify.annotations.NullMarked;
