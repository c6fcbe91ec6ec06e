package org.barometer.app.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What the tests of any PDF check: veraPDF's PDF/UA-1 verdict, the fonts, the outline, the
 * structure tree.
 */
public final class PdfChecks {

  private PdfChecks() {}

  /** veraPDF's PDF/UA-1 validation of a PDF. */
  public static ValidationResult validate(byte[] pdf) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
      return validator.validate(parser);
    }
  }

  /**
   * Each failed rule with its clause, test number, message and first place, for a readable diff.
   */
  public static List<String> failures(ValidationResult result) {
    return result.getTestAssertions().stream()
        .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
        .map(
            assertion ->
                assertion.getRuleId().getClause()
                    + "-"
                    + assertion.getRuleId().getTestNumber()
                    + " "
                    + assertion.getMessage()
                    + " at "
                    + assertion.getLocation().getContext())
        .distinct()
        .collect(Collectors.toList());
  }

  /** Every font the pages use, including those of forms (charts) drawn on them. */
  public static List<PDFont> fonts(PDDocument pdf) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (var page : pdf.getPages()) {
      collectFonts(page.getResources(), fonts);
    }
    return fonts;
  }

  private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject) {
        collectFonts(((PDFormXObject) object).getResources(), fonts);
      }
    }
  }

  /** The titles of every outline entry under the node, depth first. */
  public static List<String> titles(PDOutlineNode node) {
    List<String> titles = new ArrayList<>();
    for (PDOutlineItem item : node.children()) {
      titles.add(item.getTitle());
      titles.addAll(titles(item));
    }
    return titles;
  }

  /** The outline's entries directly under the node. */
  public static List<PDOutlineItem> children(PDOutlineNode node) {
    List<PDOutlineItem> children = new ArrayList<>();
    node.children().forEach(children::add);
    return children;
  }

  /** The structure elements of a type, in the order of the tree. */
  public static List<PDStructureElement> structure(PDDocument pdf, String type) {
    List<PDStructureElement> found = new ArrayList<>();
    for (Object kid : pdf.getDocumentCatalog().getStructureTreeRoot().getKids()) {
      collectStructure(kid, type, found);
    }
    return found;
  }

  private static void collectStructure(Object node, String type, List<PDStructureElement> found) {
    if (node instanceof PDStructureElement) {
      PDStructureElement element = (PDStructureElement) node;
      if (type.equals(element.getStructureType())) {
        found.add(element);
      }
      for (Object kid : element.getKids()) {
        collectStructure(kid, type, found);
      }
    }
  }
}
