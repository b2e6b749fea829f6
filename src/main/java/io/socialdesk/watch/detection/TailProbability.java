package io.socialdesk.watch.detection;

/**
 * How surprising a count is under a negative binomial with a given mean and dispersion (variance = mean + dispersion
 * × mean²; dispersion 0 is Poisson). It uses the signed root of the deviance, which is close to normal even for
 * small counts, so the upper tail costs a few logarithms instead of an incomplete beta function.
 */
final class TailProbability {

    private static final double LN10 = Math.log(10);
    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double[] ERFC = {
        -1.26551223,
        1.00002368,
        0.37409196,
        0.09678418,
        -0.18628806,
        0.27886807,
        -1.13520398,
        1.48851551,
        -0.82215223,
        0.17087277
    };

    private TailProbability() {}

    /**
     * The surprise of seeing at least {@code count}: {@code -log10 P(X ≥ count)}, 0 when the count is at or below the
     * mean.
     */
    static double surprise(double count, double mean, double dispersion) {
        double z = signedRootDeviance(count - 0.5, mean, dispersion);
        return z <= 0 ? 0 : upperNormalSurprise(z);
    }

    /** The smallest count whose surprise reaches {@code surprise}, found by bisection on the deviance. */
    static double countAt(double surprise, double mean, double dispersion) {
        double lo = mean;
        double hi = mean + 1 + 10 * Math.sqrt(mean + dispersion * mean * mean + 1);
        while (surprise(hi, mean, dispersion) < surprise) {
            hi = 2 * hi + 1;
        }
        for (int i = 0; i < 40 && hi - lo > 1e-3 * (1 + lo); i++) {
            double mid = 0.5 * (lo + hi);
            if (surprise(mid, mean, dispersion) < surprise) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    static double signedRootDeviance(double count, double mean, double dispersion) {
        double x = Math.max(count, 0);
        double m = Math.max(mean, 1e-9);
        double half;
        if (dispersion <= 1e-9) {
            half = (x > 0 ? x * Math.log(x / m) : 0) - (x - m);
        } else {
            double r = 1 / dispersion;
            half = (x > 0 ? x * Math.log(x / m) : 0) - (x + r) * Math.log((x + r) / (m + r));
        }
        double root = Math.sqrt(Math.max(2 * half, 0));
        return x >= m ? root : -root;
    }

    /** {@code -log10 Φ̄(z)} for z ≥ 0: an erfc approximation near 0, the asymptotic series further out. */
    static double upperNormalSurprise(double z) {
        if (z < 5) {
            return -Math.log10(0.5 * erfc(z / Math.sqrt(2)));
        }
        double z2 = z * z;
        double series = 1 - 1 / z2 + 3 / (z2 * z2);
        return (0.5 * z2 + Math.log(z) + HALF_LOG_2PI - Math.log(series)) / LN10;
    }

    /** Complementary error function, Numerical Recipes' Chebyshev fit (relative error below 1.2e-7). */
    private static double erfc(double x) {
        double t = 1 / (1 + 0.5 * Math.abs(x));
        double poly = ERFC[ERFC.length - 1];
        for (int i = ERFC.length - 2; i >= 0; i--) {
            poly = poly * t + ERFC[i];
        }
        double y = t * Math.exp(-x * x + poly);
        return x >= 0 ? y : 2 - y;
    }
}
