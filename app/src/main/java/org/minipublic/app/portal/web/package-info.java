/** The portal's pages under {@code /portal}: sign-in by code, the member's home page, sign-out. */
@NullMarked
package org.minipublic.app.portal.web;

import org.jspecify.annotations.NullMarked;
