/**
 * Starlight route middleware: a site page's policy lists the hashes of its own content
 * stylesheets (see content-styles.ts). Print views are StarlightPage pages whose entry is
 * not in the docs collection; their routes add the hashes of the pages they print.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection, render } from 'astro:content';
import { insertContentStyleHashes } from './content-styles';

export const onRequest = defineRouteMiddleware(async (context) => {
  const { entry } = context.locals.starlightRoute;
  // Looked up by filter, not getEntry(), which warns about every id it does not find.
  const [doc] = await getCollection('docs', (e) => e.id === entry.id && e.filePath === entry.filePath);
  if (!doc) return;
  const { remarkPluginFrontmatter } = await render(doc);
  insertContentStyleHashes(context.csp, remarkPluginFrontmatter);
});
