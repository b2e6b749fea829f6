/**
 * Loads {@code bot-config.yml} (or the file named by {@code --config} / {@code SOCIALDESK_CONFIG}) into the
 * environment under {@code socialdesk.*}, where each module binds its own typed properties record, and turns
 * wrong values into one clear startup message that names the key, the value and what is allowed.
 */
@NullMarked
package io.socialdesk.config;

import org.jspecify.annotations.NullMarked;
