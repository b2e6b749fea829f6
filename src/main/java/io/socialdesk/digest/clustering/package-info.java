/**
 * Story clustering: the same story told by several outlets becomes one {@link
 * io.socialdesk.digest.clustering.StoryCluster}. Items are analysed by Lucene (German or English stemming and stop
 * words), weighted by TF-IDF with names and numbers counted higher, and assigned in one pass to the most similar recent
 * cluster; clusters that have been quiet for longer than a window stop attracting items. Pure code, no Spring.
 */
@NullMarked
@NamedInterface("clustering")
package io.socialdesk.digest.clustering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
