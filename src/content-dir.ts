/** Where editors' Markdown lives. Tests point the build at fixture content with ITBRIDGE_CONTENT_DIR. */
export const contentDir: string = (process.env.ITBRIDGE_CONTENT_DIR ?? 'content').replace(/\/$/, '');
