package org.minipublic.app.messaging;

/**
 * How many people an audience holds now.
 *
 * @param available whether it can be chosen (the draw-based ones need a finished draw)
 * @param reachable those with an e-mail address, who will get the mailing
 * @param unreachable those without one, to be reached by letter or phone instead
 */
public record AudienceSize(Audience audience, boolean available, int reachable, int unreachable) {}
