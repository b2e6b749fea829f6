package io.socialdesk.watch.eval;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One NAB data file with its labelled windows.
 *
 * @param key the file's path relative to the data folder, as NAB's label files name it, e.g.
 *     {@code realTweets/Twitter_volume_AAPL.csv}
 * @param timestamps each row's timestamp, strictly increasing
 * @param values each row's count
 * @param spacing the usual distance between two rows: the detector's bucket width
 * @param windows the labelled anomaly windows as row ranges
 * @param gaps where rows are missing, one line each (the detector treats missing buckets as unknown)
 */
record NabSeries(
        String key,
        LocalDateTime[] timestamps,
        long[] values,
        Duration spacing,
        List<NabWindow> windows,
        List<String> gaps) {

    int rows() {
        return values.length;
    }
}
