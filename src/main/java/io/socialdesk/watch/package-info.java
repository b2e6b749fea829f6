/**
 * Shitstorm alerts: counts mentions of watched keywords per time bucket, detects spikes against a learned baseline, and raises alerts with a volume chart. Publishes {@code SpikeDetected} and {@code AlertAcknowledged}.
 */
@NullMarked
package io.socialdesk.watch;

import org.jspecify.annotations.NullMarked;
