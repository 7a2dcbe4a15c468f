// @ts-check
/**
 * Names shared by everything that makes or reads the print views and PDFs: the Astro
 * pages and components in this plugin (TypeScript), the PDF export that runs after the
 * build, the benchmark script and the site's "Download PDF" link. Plain JavaScript so
 * Node runs it without a build step; each name is defined here and nowhere else.
 */

/** Base-relative folder of the print views: `/print/<entry id>/` and `/print/handbook/`. */
export const PRINT_DIR = 'print';

/** Base-relative path of the whole-handbook print view. */
export const HANDBOOK_PRINT_PATH = `${PRINT_DIR}/handbook/`;

/** Base-relative folder the PDFs are written to. */
export const PDF_DIR = 'pdf';

/** File name of the whole handbook's PDF inside PDF_DIR. */
export const HANDBOOK_PDF = 'handbook.pdf';

/** What the export writes next to the PDFs: sizes, page counts and timings. */
export const REPORT_FILE = 'report.json';

/** `<meta name>` telling the export the file name of a print view's PDF. */
export const META_PDF_FILE = 'pdf-file';

/** `<meta name>` carrying the title for a PDF's running header. */
export const META_PDF_TITLE = 'pdf-title';

/** Attribute of the empty element the export fills with the PDF's size ("(1.2 MB)"). */
export const PDF_SIZE_ATTRIBUTE = 'data-pdf-size';

/** Attribute marking a "Download PDF" link, valued with the PDF's file name. */
export const PDF_LINK_ATTRIBUTE = 'data-pdf-link';

/**
 * Class for site chrome that never prints (the header bar, the "On this page" menu,
 * the page footer, the download link): this plugin's own marker, styled in print.css.
 */
export const PRINT_HIDDEN_CLASS = 'print-hidden';
