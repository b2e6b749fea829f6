package io.socialdesk.watch.alerts;

import io.socialdesk.watch.counting.Mentions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The PNG of an alert: mentions per bucket over the last 48 hours, the normal band, and the bucket that raised it. */
final class AlertChart {

    private AlertChart() {}

    /**
     * @param counts every bucket of the period, zeros included, oldest first
     * @param expected the mentions the detector expected per bucket when it raised the alert
     * @param upper the most mentions it still counted as normal
     */
    static byte[] png(
            String title, List<Mentions.Count> counts, double expected, double upper, ZoneId zone, String legend) {
        XYChart chart = new XYChartBuilder().width(900).height(360).title(title).build();
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setDatePattern("EEE HH:mm");
        chart.getStyler().setTimezone(TimeZone.getTimeZone(zone));
        List<Date> times = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Mentions.Count count : counts) {
            times.add(Date.from(count.bucketStart()));
            values.add((double) count.mentions());
        }
        if (times.isEmpty()) {
            times.add(new Date(0));
            values.add(0.0);
        }
        String[] names = legend.split("\\|", 3);
        XYSeries band = chart.addSeries(
                names[1], times, times.stream().map(time -> upper).toList());
        band.setMarker(SeriesMarkers.NONE);
        band.setLineColor(new java.awt.Color(0x9E9E9E));
        XYSeries normal = chart.addSeries(
                names[2], times, times.stream().map(time -> expected).toList());
        normal.setMarker(SeriesMarkers.NONE);
        normal.setLineColor(new java.awt.Color(0x4CAF50));
        XYSeries mentions = chart.addSeries(names[0], times, values);
        mentions.setMarker(SeriesMarkers.NONE);
        mentions.setLineColor(new java.awt.Color(0xD32F2F));
        XYSeries spike =
                chart.addSeries("▲", List.of(times.get(times.size() - 1)), List.of(values.get(values.size() - 1)));
        spike.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        spike.setMarker(SeriesMarkers.TRIANGLE_UP);
        spike.setMarkerColor(new java.awt.Color(0xD32F2F));
        spike.setShowInLegend(false);
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException ex) {
            throw new UncheckedIOException("could not draw the alert chart", ex);
        }
    }
}
