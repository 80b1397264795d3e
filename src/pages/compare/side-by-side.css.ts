/**
 * /compare/side-by-side.css: one rule per model that shows its column on /compare/models/
 * when its box is ticked. Generated, so the no-JavaScript comparison covers every model.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/entries.ts';
import { sideBySideCss } from '../../domain/compare.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(sideBySideCss(site.models.map((m) => m.id)), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
