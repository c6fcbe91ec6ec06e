package org.barometer.app.statistics;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** A chart's SVG drawn as a PNG by Apache Batik, at twice its size for sharp print. */
final class PngImage {

  private static final float SCALE = 2f;

  private PngImage() {}

  static byte[] of(String svg) {
    PNGTranscoder transcoder = new PNGTranscoder();
    float width = width(svg);
    if (width > 0) {
      transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, width * SCALE);
    }
    transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(png));
    } catch (TranscoderException e) {
      throw new IllegalStateException("The chart could not be drawn as PNG", e);
    }
    return png.toByteArray();
  }

  /** The width attribute of the root element, or 0 when it has none. */
  private static float width(String svg) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<svg[^>]*\\swidth=\"([0-9.]+)\"").matcher(svg);
    return m.find() ? Float.parseFloat(m.group(1)) : 0;
  }
}
