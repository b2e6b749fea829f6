/**
 * The embedded chat a fresh clone runs on when no platform token is set: a small web page at {@code /} and a
 * JSON API under {@code /api/local}. It behaves like a chat platform to the features (channels, threads,
 * reactions, buttons, direct and ephemeral messages, images) and stores everything, so a restart shows the same
 * history. Tests drive every feature through it.
 */
@NullMarked
package io.socialdesk.local;

import org.jspecify.annotations.NullMarked;
