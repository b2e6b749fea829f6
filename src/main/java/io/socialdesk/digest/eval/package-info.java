/**
 * {@code eval-stories}: runs the production story clustering with its production defaults over labelled headlines,
 * day by day as the digest would see them, and scores it against the labels (pairwise and BCubed F1, exact source
 * counts). Offline and without Spring; {@code SocialDeskApplication.main} dispatches to {@link
 * io.socialdesk.digest.eval.EvalStoriesCommand} before the bot would start, hence the named interface.
 */
@NullMarked
@NamedInterface("eval")
package io.socialdesk.digest.eval;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
