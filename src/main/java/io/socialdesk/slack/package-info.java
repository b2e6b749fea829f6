/**
 * The Slack adapter of the chat port (Bolt for Java, Socket Mode and the HTTP Events API): the only module that imports {@code com.slack}.
 */
@NullMarked
package io.socialdesk.slack;

import org.jspecify.annotations.NullMarked;
