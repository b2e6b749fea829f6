/**
 * The Discord adapter of the chat port (JDA): the only module that imports {@code net.dv8tion}.
 */
@NullMarked
package io.socialdesk.discord;

import org.jspecify.annotations.NullMarked;
