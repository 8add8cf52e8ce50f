package vn.thituyen.analysis;

import vn.thituyen.analysis.domain.ItemAnalysis;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Bar chart of a part's score distribution (x: part score 0..k, y: candidates), as PNG. SVG is left out: JFreeChart
 * 1.5 cannot write it without JFreeSVG, which the project does not ship.
 */
public final class ScoreDistributionChart {

    static {
        // a server has no display; Spring Boot already sets this, other callers (tests, tools) may not
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";
    /** DejaVu, because the JVM's logical fonts may lack Vietnamese glyphs on a bare server. */
    private static final Font REGULAR = load("DejaVuSans.ttf");
    private static final Font BOLD = load("DejaVuSans-Bold.ttf");
    private static final Color BAR = new Color(0x1f, 0x5f, 0x99);

    private ScoreDistributionChart() {
    }

    /** The chart as PNG bytes, {@code width} × {@code height} pixels. */
    public static byte[] png(ItemAnalysis.PartStats part, String subtitle, Function<String, String> t, int width,
            int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart(part, subtitle, t), width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // writing to memory does not fail
        }
        return out.toByteArray();
    }

    /** The chart itself, for a UI that draws it at its own size. {@code subtitle} (e.g. the part name) may be null. */
    public static JFreeChart chart(ItemAnalysis.PartStats part, String subtitle, Function<String, String> t) {
        XYSeries series = new XYSeries(t.apply("analysis.dist.count"));
        List<Integer> distribution = part.distribution();
        for (int score = 0; score < distribution.size(); score++) {
            series.add(score, distribution.get(score));
        }
        XYSeriesCollection data = new XYSeriesCollection(series);
        data.setIntervalWidth(1.0);   // one bar per score, touching neighbours apart from the renderer's margin
        JFreeChart chart = ChartFactory.createXYBarChart(t.apply("analysis.chart.title"),
                t.apply("analysis.dist.score"), false, t.apply("analysis.dist.count"), data,
                PlotOrientation.VERTICAL, false, false, false);

        StandardChartTheme theme = new StandardChartTheme("DejaVu");
        theme.setExtraLargeFont(BOLD.deriveFont(18f));
        theme.setLargeFont(BOLD.deriveFont(13f));
        theme.setRegularFont(REGULAR.deriveFont(12f));
        theme.setSmallFont(REGULAR.deriveFont(10f));
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xcc, 0xcc, 0xcc));
        theme.setDomainGridlinePaint(Color.WHITE);
        theme.apply(chart);
        if (subtitle != null && !subtitle.isBlank()) {
            chart.addSubtitle(new TextTitle(subtitle, REGULAR.deriveFont(13f)));
        }

        XYPlot plot = chart.getXYPlot();
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, BAR);
        renderer.setMargin(0.15);
        renderer.setDrawBarOutline(false);
        int k = Math.max(distribution.size() - 1, 0);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());   // scores are whole numbers
        x.setRange(-0.5, k + 0.5);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());   // so are head counts
        y.setLowerBound(0);
        if (distribution.stream().allMatch(c -> c == 0)) {
            y.setRange(0, 1);   // no candidates: an empty but well-formed chart
        }
        return chart;
    }

    private static Font load(String file) {
        try (InputStream in = ScoreDistributionChart.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Font not on classpath: " + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Unreadable font " + file, e);
        }
    }
}
