/** Which watchlists a text mentions: folded spelling, whole words, one automaton for every term. */
@NullMarked
package io.socialdesk.watch.matching;

import org.jspecify.annotations.NullMarked;
