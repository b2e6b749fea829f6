package io.socialdesk.watch.eval;

/**
 * One labelled anomaly window as row indices of its series, both ends included.
 *
 * @param left the first row in the window
 * @param right the last row in the window
 */
record NabWindow(int left, int right) {

    NabWindow {
        if (left < 0 || right < left) {
            throw new IllegalArgumentException(
                    "a window runs from a row to the same or a later one: " + left + ".." + right);
        }
    }

    int width() {
        return right - left + 1;
    }

    boolean contains(int row) {
        return row >= left && row <= right;
    }
}
