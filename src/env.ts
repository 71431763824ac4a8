/**
 * Where the build reads from. Tests point a build at fixture content and fixture public files with
 * ITBRIDGE_CONTENT_DIR and ITBRIDGE_PUBLIC_DIR; editors never set them.
 */
export const contentDir: string = (process.env.ITBRIDGE_CONTENT_DIR ?? 'content').replace(/\/$/, '');
export const publicDir: string = (process.env.ITBRIDGE_PUBLIC_DIR ?? 'public').replace(/\/$/, '');
/** Chart data (CSV or JSON) that MDX charts read, e.g. content/data/study-2025.csv. */
export const dataDir = `${contentDir}/data`;
