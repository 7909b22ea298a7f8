package org.minipublic.app.accountability;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An assembly's accountability settings.
 *
 * @param responseDue the date by which the institution promised to respond to every recommendation, or null
 * @param published whether residents can see the responses and the action plan on the public page
 */
public record Settings(@Nullable LocalDate responseDue, boolean published) {}
