/** The about pages. */
@NullMarked
package org.minipublic.app.about.web;

import org.jspecify.annotations.NullMarked;
