package vn.thituyen.analysis;

import vn.thituyen.analysis.domain.ItemAnalysis;
import vn.thituyen.analysis.domain.ItemAnalysisFixtures;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import vn.thituyen.analysis.domain.ItemAnalysis.PartStats;

/** The score distribution chart is a real picture, with Vietnamese labels in a font that has their glyphs. */
class ItemAnalysisChartTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private final Function<String, String> vi = ItemAnalysisFixtures.translator(Locale.forLanguageTag("vi"));

    @Test
    void pngOfTheRequestedSizeWithBars() throws Exception {
        PartStats part = ItemAnalysis.compute(ItemAnalysisFixtures.samePaper()).part();
        byte[] png = ScoreDistributionChart.png(part, "Kiến thức chung", vi, 640, 360);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);
        int bar = 0;
        int white = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                bar += rgb == 0x1f5f99 ? 1 : 0;
                white += rgb == 0xffffff ? 1 : 0;
            }
        }
        assertThat(bar).as("bar pixels").isGreaterThan(2000);
        assertThat(white).as("not one colour").isLessThan(640 * 360);
    }

    @Test
    void labelsAreVietnameseAndTheFontCanShowThem() {
        PartStats part = ItemAnalysis.compute(ItemAnalysisFixtures.samePaper()).part();
        JFreeChart chart = ScoreDistributionChart.chart(part, "Kiến thức chung", vi);
        XYPlot plot = chart.getXYPlot();

        assertThat(chart.getTitle().getText()).isEqualTo("Phân bố điểm");
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("Điểm (số câu đúng)");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Số thí sinh");
        assertThat(((TextTitle) chart.getSubtitle(0)).getText()).isEqualTo("Kiến thức chung");
        for (var text : List.of(chart.getTitle(), (TextTitle) chart.getSubtitle(0))) {
            assertThat(text.getFont().getFamily()).startsWith("DejaVu");
            assertThat(text.getFont().canDisplayUpTo(text.getText())).as(text.getText()).isEqualTo(-1);
        }
        assertThat(plot.getDomainAxis().getLabelFont().canDisplayUpTo("Điểm (số câu đúng)")).isEqualTo(-1);
        assertThat(plot.getDomainAxis().getUpperBound()).isEqualTo(5.5);
    }

    @Test
    void anEmptyPartStillDraws() throws Exception {
        PartStats empty = new PartStats(0, 60, 0, null, null, null, null, java.util.Collections.nCopies(61, 0),
                null);
        byte[] png = ScoreDistributionChart.png(empty, null, vi, 300, 200);
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(300);
    }
}
