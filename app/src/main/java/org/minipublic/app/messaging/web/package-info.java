/** The mailing pages. */
@NullMarked
package org.minipublic.app.messaging.web;

import org.jspecify.annotations.NullMarked;
