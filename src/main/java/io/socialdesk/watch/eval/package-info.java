/**
 * {@code eval-nab}: runs the production spike detector over the Numenta Anomaly Benchmark's labelled series and scores
 * its alert decisions exactly as NAB does. Offline and without Spring; {@code SocialDeskApplication.main} dispatches
 * to {@link io.socialdesk.watch.eval.EvalNabCommand} before the bot would start, hence the named interface.
 */
@NullMarked
@NamedInterface("eval")
package io.socialdesk.watch.eval;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
