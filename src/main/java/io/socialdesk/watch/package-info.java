/**
 * Shitstorm alerts: counts mentions of watched keywords per time bucket, detects spikes against a learned baseline, and raises alerts with a volume chart. Publishes {@code SpikeDetected}, {@code AlertAcknowledged} and {@code AlertResolved}; {@code AlertActions} names the buttons that act on an alert wherever they are posted.
 */
@NullMarked
package io.socialdesk.watch;

import org.jspecify.annotations.NullMarked;
