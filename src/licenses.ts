/**
 * The handbook's licenses, named once for the footer, the print views and the tests:
 * the content (text and diagrams) is CC BY 4.0, the code MIT (LICENSE-CONTENT, LICENSE).
 */
export const CONTENT_LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;
export const CODE_LICENSE = { name: 'MIT', url: 'https://opensource.org/license/mit' } as const;
