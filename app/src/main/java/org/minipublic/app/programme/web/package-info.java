/** The programme's pages: the sessions by weekend and day, and the form to add or change one. */
@NullMarked
package org.minipublic.app.programme.web;

import org.jspecify.annotations.NullMarked;
