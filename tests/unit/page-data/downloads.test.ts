import { describe, it, expect } from 'vitest';
import { describeDownloads } from '../../../src/lib/page-data/downloads';
import { useTranslations } from '../../../src/i18n/translator';
import { rootUrls, subUrls } from '../../helpers/entries';

describe('describeDownloads', () => {
  it('shows format, size and language in the reader’s language', () => {
    const [en] = describeDownloads([{ title: 'Full report', file: '/downloads/report.pdf', lang: 'en' }], () => 1_250_000, useTranslations('en'), rootUrls);
    expect(en).toMatchObject({ title: 'Full report', href: '/downloads/report.pdf', lang: 'en' });
    expect(en!.details).toBe('PDF, 1.3 MB, in English');
    const [uk] = describeDownloads([{ title: 'Звіт', file: '/downloads/report.xlsx', lang: 'uk' }], () => 48_000, useTranslations('uk'), rootUrls);
    expect(uk!.details).toMatch(/^XLSX, 48 кБ, мова: українська$/);
  });

  it('never shows a size of zero for a tiny file', () => {
    const [d] = describeDownloads([{ title: 'Data', file: '/downloads/data.csv', lang: 'ro' }], () => 12, useTranslations('ro'), rootUrls);
    expect(d!.details).toMatch(/^CSV, 0,1 kB/);
  });
});

describe('describeDownloads under a base path', () => {
  it('links the file under the site base, as every other URL', () => {
    const [d] = describeDownloads([{ title: 'Data', file: '/downloads/data.csv', lang: 'ro' }], () => 12, useTranslations('ro'), subUrls);
    expect(d!.href).toBe('/sub/downloads/data.csv');
  });
});
