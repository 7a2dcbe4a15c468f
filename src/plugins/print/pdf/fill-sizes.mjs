// @ts-check
/**
 * Writes each PDF's size into the "Download PDF" links of a built page. The links are
 * rendered before the PDFs exist, with an empty element carrying PDF_SIZE_ATTRIBUTE
 * (`<span data-pdf-size="metrics.pdf"></span>`); after printing, that element's content
 * becomes "(1.2 MB)".
 *
 * The page is parsed with hast (hast-util-from-html, with source positions) to find the
 * elements and where their content starts and ends; only that content is replaced, so
 * every other byte of the page stays as Astro wrote it. Running it again replaces the
 * size it wrote before.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { find, html as htmlSchema } from 'property-information';
import { visit } from 'unist-util-visit';
import { PDF_SIZE_ATTRIBUTE } from '../constants.mjs';

/** hast property name of PDF_SIZE_ATTRIBUTE (`data-pdf-size` → `dataPdfSize`). */
const PROPERTY = find(htmlSchema, PDF_SIZE_ATTRIBUTE).property;

/**
 * @param {string} html a built page
 * @param {(file: string) => string | undefined} sizeText text for a PDF, or undefined when there is none
 * @returns {{ html: string, filled: number, missing: string[] }}
 */
export function fillPdfSizesInHtml(html, sizeText) {
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  /** @type {string[]} */
  const missing = [];
  // Most pages have no download link: skip parsing them.
  if (!html.includes(PDF_SIZE_ATTRIBUTE)) return { html, filled: 0, missing };
  visit(fromHtml(html, { verbose: true }), 'element', (node) => {
    const file = node.properties[PROPERTY];
    if (typeof file !== 'string') return;
    const where = node.data?.position;
    const start = where?.opening?.end?.offset;
    const end = where?.closing?.start?.offset;
    if (start === undefined || end === undefined) throw new Error(`PDF export: the ${PDF_SIZE_ATTRIBUTE}="${file}" element has no closing tag.`);
    const text = sizeText(file);
    if (text === undefined) missing.push(file);
    edits.push({ start, end, text: text === undefined ? '' : toHtml({ type: 'text', value: text }) });
  });
  let out = html;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return { html: out, filled: edits.length - missing.length, missing };
}
