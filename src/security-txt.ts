/**
 * Writes /.well-known/security.txt (RFC 9116) when the repository is known: Contact is the
 * project's issue tracker, Expires 364 days after the build (under a year, as the RFC
 * recommends), Canonical its own public address. A build that knows no repository writes
 * none, since the file is meaningless without a contact.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export interface SecurityTxtOptions {
  /** The repository's web address (src/site-source.mjs); its /issues page is the contact. */
  repository: string | undefined;
}

export const SECURITY_TXT_PATH = '.well-known/security.txt';

/** The file's fields, in RFC 9116 syntax. `now` is the build time. */
export function securityTxt({ contact, canonical, now }: { contact: string; canonical: string; now: Date }): string {
  // RFC 9116 recommends less than a year ahead; every deploy writes a fresh date.
  const expires = new Date(now.getTime() + 364 * 24 * 3600 * 1000);
  expires.setUTCMilliseconds(0);
  return [
    `Contact: ${contact}`,
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    'Preferred-Languages: en',
    `Canonical: ${canonical}`,
    '',
  ].join('\n');
}

export default function securityTxtIntegration({ repository }: SecurityTxtOptions): AstroIntegration {
  return {
    name: 'handbook:security-txt',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (!repository) return;
        injectRoute({
          pattern: `/${SECURITY_TXT_PATH}`,
          entrypoint: fileURLToPath(new URL('./pages-injected/security.txt.ts', import.meta.url)),
          prerender: true,
        });
      },
    },
  };
}
