import type { APIRoute } from 'astro';
import { securityTxt, SECURITY_TXT_PATH } from '../security-txt';
import { sitePath } from '../site-path';
import { siteRepository } from '../site-source.mjs';

/** /.well-known/security.txt, injected by ../security-txt.ts only when the repository is known. */
export const GET: APIRoute = ({ site }) => {
  const body = securityTxt({
    contact: `${siteRepository()}/issues`,
    canonical: new URL(sitePath(`/${SECURITY_TXT_PATH}`), site).href,
    now: new Date(),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
