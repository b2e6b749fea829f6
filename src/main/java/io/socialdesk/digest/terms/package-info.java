/**
 * Rising terms: words and two-word phrases (Lucene-analysed, German or English, stop words removed, stemmed) whose
 * share of items in the digest period exceeds their share in a longer baseline by a log-likelihood test, so that
 * everyday words never rise. Pure code, no Spring.
 */
@NullMarked
package io.socialdesk.digest.terms;

import org.jspecify.annotations.NullMarked;
