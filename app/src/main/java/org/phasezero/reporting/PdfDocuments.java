package org.phasezero.reporting;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * PDF documents from Thymeleaf templates: the template is rendered in the reader's language, then
 * laid out by openhtmltopdf on PDFBox, with inline SVG drawn by Batik and right-to-left text split,
 * reordered and shaped by ICU (so Urdu reads correctly).
 *
 * <p>Templates for PDF are well-formed XHTML (every element closed, no named entities) and set
 * {@code font-family: "Noto Sans", "Noto Naskh Arabic", "Noto Sans Bengali"}: each character is
 * drawn from the first of those fonts that has it. The fonts are read from the directories of
 * {@code phasezero.reporting.font-dirs} (Debian's {@code fonts-noto-core} by default); when one is
 * missing, text in its script falls back to PDF's built-in fonts, which have no Urdu or Bengali
 * glyphs, and the log says which. Bengali is drawn glyph by glyph without OpenType reordering, so
 * some conjuncts print in their spelled-out form.
 */
@Service
public class PdfDocuments {

  private static final Logger LOG = LoggerFactory.getLogger(PdfDocuments.class);

  /** Font files and the family each is registered under, regular and bold. */
  private static final List<String[]> FONTS = List.of(
      new String[] {"Noto Sans", "NotoSans-Regular.ttf", "400"},
      new String[] {"Noto Sans", "NotoSans-Bold.ttf", "700"},
      new String[] {"Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf", "400"},
      new String[] {"Noto Naskh Arabic", "NotoNaskhArabic-Bold.ttf", "700"},
      new String[] {"Noto Sans Bengali", "NotoSansBengali-Regular.ttf", "400"},
      new String[] {"Noto Sans Bengali", "NotoSansBengali-Bold.ttf", "700"});

  private final ITemplateEngine templates;
  private final org.springframework.context.ApplicationContext beans;
  private final List<String[]> found = new ArrayList<>();

  PdfDocuments(ITemplateEngine templates, org.springframework.context.ApplicationContext beans,
      @Value("${phasezero.reporting.font-dirs:/usr/share/fonts/truetype/noto,/usr/share/fonts/opentype/noto}")
      List<String> fontDirs) {
    this.templates = templates;
    this.beans = beans;
    List<String> missing = new ArrayList<>();
    for (String[] font : FONTS) {
      File file = fontDirs.stream().map(d -> new File(d, font[1])).filter(File::isFile).findFirst().orElse(null);
      if (file == null) {
        missing.add(font[1]);
      } else {
        found.add(new String[] {font[0], file.getPath(), font[2]});
      }
    }
    if (!missing.isEmpty()) {
      LOG.warn("PDF documents will lack these fonts (install Debian's fonts-noto-core, or set "
          + "phasezero.reporting.font-dirs): {}", missing);
    }
  }

  /** The families whose fonts were found, for a test or a page to say what a PDF can show. */
  public List<String> fontFamilies() {
    return found.stream().map(f -> f[0]).distinct().toList();
  }

  /** The template rendered with the model in the reader's language, as a PDF. */
  public byte[] render(String template, Map<String, Object> model) {
    Locale locale = LocaleContextHolder.getLocale();
    Context context = new Context(locale, model);
    // The pages' formatters (@money and the like) work in documents too: they share the fragments.
    context.setVariable(org.thymeleaf.spring6.expression.ThymeleafEvaluationContext
        .THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new org.thymeleaf.spring6.expression.ThymeleafEvaluationContext(beans, null));
    String html = templates.process(template, context);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      for (String[] font : found) {
        builder.useFont(new File(font[1]), font[0], Integer.parseInt(font[2]),
            BaseRendererBuilder.FontStyle.NORMAL, true);
      }
      builder.useSVGDrawer(new BatikSVGDrawer());
      builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
      builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
      builder.defaultTextDirection(rightToLeft(locale) ? BaseRendererBuilder.TextDirection.RTL
          : BaseRendererBuilder.TextDirection.LTR);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static boolean rightToLeft(Locale locale) {
    return List.of("ur", "ar", "fa", "he").contains(locale.getLanguage());
  }
}
