/** The alert lifecycle: buckets judged by the detector, one alert message per episode, taken on and resolved. */
@NullMarked
package io.socialdesk.watch.alerts;

import org.jspecify.annotations.NullMarked;
