/**
 * What a build-time diagram draws, as the browser drew it. The page holds each diagram as
 * an <svg> (box, title, ARIA) around a `<use>` of the diagram's file; the shapes and
 * labels live in the `<use>`'s shadow tree, which page scripts and Playwright locators
 * cannot enter. The DevTools protocol can (DOM.getDocument with pierce): it hands back the
 * drawing's root there, and a function run on it reads the labels and shapes with their
 * computed styles and drawn boxes.
 */
import type { Page } from '@playwright/test';

export interface DrawnText {
  text: string;
  /** Computed font size × the scale of the text's units to CSS px on screen. */
  px: number;
  /** Drawn box height in CSS px, to cross-check `px`. */
  height: number;
  fill: string;
}

export interface DrawnShape {
  tag: string;
  /** Classes of the shape and of its ancestors inside the drawing. */
  classes: string[];
  fill: string;
  stroke: string;
}

export interface Drawing {
  /** The page <svg>'s id. */
  id: string;
  href: string;
  /** Whether the page <svg> is rendered (not display:none). */
  shown: boolean;
  /** CSS px per SVG unit: the page <svg>'s drawn width over its viewBox width. */
  scale: number;
  texts: DrawnText[];
  shapes: DrawnShape[];
}

interface CdpNode {
  nodeId: number;
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}


/**
 * Every diagram inside the elements `containerSelector` matches (figures by default, or
 * the full-size dialog), in document order. Waits until each `<use>` has drawn its file.
 * With `shapes`, also the fill and stroke of every rect, polygon and path (slower).
 */
export async function drawings(page: Page, containerSelector = 'figure.diagram', { shapes = false } = {}): Promise<Drawing[]> {
  const boxes = await page.locator(containerSelector).evaluateAll((containers) =>
    containers.flatMap((c) =>
      [...c.querySelectorAll<SVGSVGElement>('svg')]
        .filter((s) => !s.parentElement?.closest('svg'))
        .map((s) => ({
          id: s.id,
          href: s.querySelector('use')?.getAttribute('href') ?? '',
          shown: s.getClientRects().length > 0 && s.checkVisibility(),
          scale: s.getBoundingClientRect().width / (s.viewBox.baseVal?.width || 1),
        })),
    ),
  );
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    let uses: CdpNode[] = [];
    // The files arrive after the page: wait until every <use> has its shadow tree.
    for (let attempt = 0; ; attempt++) {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: containerSelector });
      const wanted = new Set(nodeIds);
      uses = [];
      const walk = (n: CdpNode, inside: boolean) => {
        const here = inside || wanted.has(n.nodeId);
        if (here && n.nodeName.toLowerCase() === 'use') uses.push(n);
        for (const c of n.children ?? []) walk(c, here);
      };
      walk(root, false);
      const ready = uses.every((u) => (u.shadowRoots?.[0]?.children?.length ?? 0) > 0);
      if (ready || attempt >= 50) break;
      await page.waitForTimeout(100);
    }
    if (uses.length !== boxes.length) throw new Error(`${boxes.length} diagrams but ${uses.length} <use> elements in ${containerSelector}`);
    const out: Drawing[] = [];
    for (const [i, use] of uses.entries()) {
      const box = boxes[i]!;
      const drawing: Drawing = { ...box, texts: [], shapes: [] };
      // One round trip per diagram: a handle on the drawing's root in the shadow tree, and
      // a function run on it in the page, where getComputedStyle and layout boxes work.
      const rootNode = use.shadowRoots?.[0]?.children?.find((c) => c.nodeType === 1);
      if (rootNode) {
        const { object } = await cdp.send('DOM.resolveNode', { nodeId: rootNode.nodeId });
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId!,
          returnByValue: true,
          arguments: [{ value: shapes }],
          functionDeclaration: `function (withShapes) {
            const texts = [];
            for (const t of this.querySelectorAll('text')) {
              const text = (t.textContent || '').trim();
              const rect = t.getBoundingClientRect();
              const ctm = t.getScreenCTM();
              if (!text || rect.width === 0 || !ctm) continue;
              const style = getComputedStyle(t);
              if (style.display === 'none' || style.visibility === 'hidden') continue;
              // Drawn size: font size in the text's own units × their scale to CSS px.
              texts.push({ text, px: parseFloat(style.fontSize) * Math.hypot(ctm.a, ctm.b), height: rect.height, fill: style.fill });
            }
            const shapes = [];
            if (withShapes) {
              for (const s of this.querySelectorAll('rect, polygon, path')) {
                const classes = [];
                for (let n = s; n && n !== this.parentNode; n = n.parentNode) if (n.classList) classes.push(...n.classList);
                const style = getComputedStyle(s);
                shapes.push({ tag: s.tagName.toLowerCase(), classes, fill: style.fill, stroke: style.stroke });
              }
            }
            return { texts, shapes };
          }`,
        });
        const value = result.value as { texts: DrawnText[]; shapes: DrawnShape[] };
        drawing.texts = value.texts;
        drawing.shapes = value.shapes;
        await cdp.send('Runtime.releaseObject', { objectId: object.objectId! });
      }
      out.push(drawing);
    }
    return out;
  } finally {
    await cdp.detach();
  }
}
