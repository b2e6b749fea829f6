package io.socialdesk.watch.eval;

/**
 * One series' raw NAB score under one profile, and its row counts (informative only: the score does not use them).
 *
 * @param score the sum of each window's earliest detection weight (or the miss cost) and every false positive's weight
 * @param truePositives detected rows inside windows
 * @param trueNegatives undetected rows outside windows
 * @param falsePositives detected rows outside windows
 * @param falseNegatives undetected rows inside windows
 * @param windowsDetected how many windows hold at least one detection
 */
record NabScore(
        double score,
        int truePositives,
        int trueNegatives,
        int falsePositives,
        int falseNegatives,
        int windowsDetected) {}
