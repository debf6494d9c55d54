import dev.paperboy.arxiv.ArxivPage;
import dev.paperboy.arxiv.FullText;
import dev.paperboy.digest.Excerpt;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * CPU time of reading a large arXiv page, run by {@code bench/digest.sh} with Paperboy's jar on
 * the class path: {@code java -cp target/paperboy.jar bench/PageBench.java FIXTURE OUT [MB]}.
 *
 * <p>Builds a page of about MB megabytes (default 2) from the LaTeXML fixture by adding an appendix
 * of subsections full of MathML (as real arXiv pages are: most of their bytes are math markup),
 * each with a table, writes it to OUT (the fake arXiv server serves it), then measures the CPU
 * time of each parse (jsoup, figures, body text: what a run does once per page) for the first five
 * in a fresh JVM, as a run's digest reads them, and the median of 20 after warm-up, and the
 * excerpt chosen for the default 40,000-character budget. Run with {@code
 * -XX:AOTCache=target/paperboy.aot} to measure what the launcher runs with.
 */
public final class PageBench {
  public static void main(String[] args) throws Exception {
    String fixture = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    Path out = Path.of(args[1]);
    double megabytes = args.length > 2 ? Double.parseDouble(args[2]) : 2;
    String html = inflate(fixture, (int) (megabytes * 1024 * 1024));
    Files.writeString(out, html, StandardCharsets.UTF_8);
    URI url = URI.create("https://arxiv.org/html/2608.00001");
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

    long[] run = new long[5];
    ArxivPage page = null;
    for (int i = 0; i < run.length; i++) {
      long start = cpu.getCurrentThreadCpuTime();
      page = ArxivPage.parse(html, url, 10);
      run[i] = cpu.getCurrentThreadCpuTime() - start;
    }
    for (int i = 0; i < 10; i++) {
      ArxivPage.parse(html, url, 10);
    }
    long[] warm = new long[20];
    for (int i = 0; i < warm.length; i++) {
      long t = cpu.getCurrentThreadCpuTime();
      ArxivPage.parse(html, url, 10);
      warm[i] = cpu.getCurrentThreadCpuTime() - t;
    }
    Arrays.sort(warm);
    FullText text = page.text();
    Excerpt excerpt = Excerpt.of(text, 40_000);
    System.out.printf(
        Locale.ROOT,
        "page %.2f MB: %d sections, %d tables, %,d characters of text; excerpt at 40,000: %,d"
            + " characters, %d sections, %d tables%n",
        html.getBytes(StandardCharsets.UTF_8).length / 1048576.0,
        text.sections().size(),
        text.tables().size(),
        text.chars(),
        excerpt.chars(),
        excerpt.sections().size(),
        excerpt.tables().size());
    StringBuilder first = new StringBuilder();
    for (long t : run) {
      first.append(first.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", t / 1e9));
    }
    System.out.printf(
        Locale.ROOT,
        "text extraction CPU per page: the first 5 in a fresh JVM (a run's digest) %s s; warmed up"
            + " median %.3f s, max %.3f s%n",
        first,
        warm[warm.length / 2] / 1e9,
        warm[warm.length - 1] / 1e9);
  }

  /** The fixture with an appendix of subsections and tables, {@code bytes} long in all. */
  static String inflate(String fixture, int bytes) {
    String math =
        "<math alttext=\"\\\\mathcal{L}=\\\\sum_{i}\\\\lambda_{i}x_{i}^{2}\" class=\"ltx_Math\""
            + " display=\"inline\"><semantics><mrow><mi class=\"ltx_font_mathcaligraphic\">ℒ</mi>"
            + "<mo>=</mo><mrow><munder><mo>∑</mo><mi>i</mi></munder><mrow><msub><mi>λ</mi><mi>i"
            + "</mi></msub><mo>⁢</mo><msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup></mrow>"
            + "</mrow></mrow><annotation-xml encoding=\"MathML-Content\"><apply><eq/><ci>ℒ</ci>"
            + "<apply><sum/><ci>i</ci><apply><times/><apply><csymbol cd=\"ambiguous\">subscript"
            + "</csymbol><ci>𝜆</ci><ci>𝑖</ci></apply><apply><csymbol cd=\"ambiguous\">"
            + "superscript</csymbol><ci>𝑥</ci><cn type=\"integer\">2</cn></apply></apply>"
            + "</apply></apply></annotation-xml><annotation encoding=\"application/x-tex\">"
            + "\\\\mathcal{L}=\\\\sum_{i}\\\\lambda_{i}x_{i}^{2}</annotation></semantics></math>";
    StringBuilder more = new StringBuilder();
    int n = 0;
    while (fixture.length() + more.length() < bytes) {
      n++;
      more.append("<section class=\"ltx_subsection\" id=\"A2.SS")
          .append(n)
          .append("\"><h3 class=\"ltx_title ltx_title_subsection\"><span class=\"ltx_tag")
          .append(" ltx_tag_subsection\">B.")
          .append(n)
          .append(" </span>Variant ")
          .append(n)
          .append("</h3>");
      for (int p = 0; p < 4; p++) {
        more.append("<div class=\"ltx_para\"><p class=\"ltx_p\">The variant ")
            .append(n)
            .append(" minimises ")
            .append(math)
            .append(" over the routing weights, and the loss ")
            .append(math)
            .append(" stays bounded for every expert in the layer.</p></div>");
      }
      more.append("<figure class=\"ltx_table\"><figcaption><span class=\"ltx_tag ltx_tag_table\">")
          .append("Table ")
          .append(n + 4)
          .append(": </span>Variant ")
          .append(n)
          .append(".</figcaption><table class=\"ltx_tabular\">");
      for (int r = 0; r < 6; r++) {
        more.append("<tr class=\"ltx_tr\"><td class=\"ltx_td\">setting ")
            .append(r)
            .append("</td><td class=\"ltx_td\">")
            .append(70 + r)
            .append(".")
            .append(n % 10)
            .append("</td></tr>");
      }
      more.append("</table></figure></section>");
    }
    int at = fixture.indexOf("</article>");
    return fixture.substring(0, at)
        + "<section class=\"ltx_appendix\" id=\"A2\"><h2 class=\"ltx_title ltx_title_appendix\">"
        + "<span class=\"ltx_tag ltx_tag_appendix\">Appendix B </span>Variants</h2>"
        + more
        + "</section>"
        + fixture.substring(at);
  }
}
