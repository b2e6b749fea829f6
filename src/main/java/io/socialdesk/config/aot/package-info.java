/**
 * Keeps the ahead-of-time processed start honest. Spring AOT freezes at build time which beans exist, so
 * {@link io.socialdesk.config.aot.AotBuildRecorder} writes down what that decision rested on (chat platform,
 * profiles, Java version, virtual threads), and {@link io.socialdesk.config.aot.AotFallback} starts without the
 * frozen bean definitions whenever this start differs from the build, say with a Slack token or the
 * {@code postgres} profile. The frozen path is only taken where it gives the same beans as the normal one.
 */
@NullMarked
package io.socialdesk.config.aot;

import org.jspecify.annotations.NullMarked;
