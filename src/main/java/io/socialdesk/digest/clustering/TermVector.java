package io.socialdesk.digest.clustering;

import java.util.HashMap;
import java.util.Map;

/** A sparse weight per term, e.g. an item's TF-IDF vector or the sum of a cluster's members. */
final class TermVector {

    private final Map<String, Double> weights;
    private double squaredNorm;

    TermVector() {
        this.weights = new HashMap<>();
    }

    private TermVector(Map<String, Double> weights, double squaredNorm) {
        this.weights = weights;
        this.squaredNorm = squaredNorm;
    }

    Map<String, Double> weights() {
        return weights;
    }

    double norm() {
        return Math.sqrt(squaredNorm);
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }

    /** Adds {@code other} to this vector, keeping the norm up to date without a second pass. */
    void add(TermVector other) {
        other.weights.forEach((term, weight) -> {
            double before = weights.getOrDefault(term, 0.0);
            squaredNorm += 2 * before * weight + weight * weight;
            weights.put(term, before + weight);
        });
    }

    double dot(TermVector other) {
        TermVector small = weights.size() <= other.weights.size() ? this : other;
        TermVector large = small == this ? other : this;
        double sum = 0;
        for (Map.Entry<String, Double> entry : small.weights.entrySet()) {
            Double weight = large.weights.get(entry.getKey());
            if (weight != null) {
                sum += weight * entry.getValue();
            }
        }
        return sum;
    }

    double cosine(TermVector other) {
        double norms = norm() * other.norm();
        return norms == 0 ? 0 : dot(other) / norms;
    }

    /** This vector scaled to length one. */
    TermVector normalised() {
        double norm = norm();
        Map<String, Double> scaled = new HashMap<>(weights.size() * 2);
        if (norm > 0) {
            weights.forEach((term, weight) -> scaled.put(term, weight / norm));
        }
        return new TermVector(scaled, norm > 0 ? 1.0 : 0.0);
    }

    void put(String term, double weight) {
        double before = weights.getOrDefault(term, 0.0);
        squaredNorm += weight * weight - before * before;
        weights.put(term, weight);
    }
}
