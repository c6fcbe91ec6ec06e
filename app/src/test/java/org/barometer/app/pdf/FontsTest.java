package org.barometer.app.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class FontsTest {

  @Test
  void leavesOutTheGlyphSubstitutionTableAndKeepsTheRest() throws IOException {
    byte[] font;
    try (InputStream in = Fonts.class.getResourceAsStream("/fonts/LiberationSans-Regular.ttf")) {
      font = in.readAllBytes();
    }

    try (TrueTypeFont before = parse(font);
        TrueTypeFont after = parse(Fonts.withoutTable(font, "GSUB"))) {
      assertThat(before.getTableMap()).containsKey("GSUB");
      assertThat(after.getTableMap().keySet())
          .doesNotContain("GSUB")
          .hasSize(before.getTableMap().size() - 1);
      assertThat(after.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
      assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
      assertThat(after.getUnicodeCmapLookup().getGlyphId('é'))
          .isEqualTo(before.getUnicodeCmapLookup().getGlyphId('é'));
    }
  }

  private static TrueTypeFont parse(byte[] font) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(font));
  }
}
