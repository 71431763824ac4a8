import type { APIRoute } from 'astro';
import { logoSvg } from '../lib/identity/logo-file';
import { useTranslations } from '../i18n/translator';
import { defaultLocale } from '../i18n/locales';

// /logo.svg: the logo (mark and wordmark) for partners and press, drawn from src/lib/identity/.
export const GET: APIRoute = () =>
  new Response(logoSvg(useTranslations(defaultLocale).t('site.name')), { headers: { 'Content-Type': 'image/svg+xml' } });
