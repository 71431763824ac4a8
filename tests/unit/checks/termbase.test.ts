import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { locales, type Locale } from '../../../src/i18n/locales';
import { flattenUi } from '../../../src/i18n/ui-keys';
import { topicKeys } from '../../../src/lib/content/taxonomy';
import { parseMarkdownSource } from '../../../src/lib/checks/markdown-source';
import { avoidPattern, findAvoidedForms, findTermProblems, loadTermbase, parseTermbase, topicLabel } from '../../../src/lib/checks/termbase';

const root = resolve(import.meta.dirname, '../../..');
const termbase = loadTermbase();
const found = (text: string, locale: Locale) => findAvoidedForms(text, locale, termbase).map((f) => f.found);
const useFor = (text: string, locale: Locale) => findAvoidedForms(text, locale, termbase).map((f) => f.rule.use);

describe('place names, per language', () => {
  it('refuses the Russian-derived forms where the language’s standard differs', () => {
    expect(found('Offices in Kharkov, Odessa, Dnepr and Kiev', 'en')).toEqual(['Kharkov', 'Odessa', 'Dnepr', 'Kiev']);
    expect(found('Офіс у Харькові, Одессі та Киеві', 'uk')).toEqual(['Харькові', 'Одессі', 'Киеві']);
    expect(found('Офис в Харьков и Одесса', 'bg')).toEqual(['Харьков', 'Одесса']);
  });

  it('passes each language’s own standard exonym', () => {
    expect(found('Офис в Киев, Харков, Днипро и Одеса', 'bg')).toEqual([]);
    expect(found('Oficinas en Kiev, Járkov, Dnipró y Odesa', 'es')).toEqual([]);
    expect(found('Birouri la Kiev, Harkov, Dnipro și Odesa', 'ro')).toEqual([]);
    expect(found('Kyiv, Kharkiv, Dnipro, Odesa', 'en')).toEqual([]);
    expect(found('Київ, Харків, Дніпро, Одеса, у Клуж-Напоці', 'uk')).toEqual([]);
  });

  it('names the fix in the file’s own language', () => {
    expect(useFor('Киев', 'uk')).toEqual(['Київ']);
    expect(useFor('Київ', 'bg')).toEqual(['Киев']);
    expect(useFor('Kyiv', 'es')).toEqual(['Kiev']);
    expect(useFor('Kharkov', 'ro')).toEqual(['Harkov']);
  });

  it('leaves organisation names, links and slugs alone', () => {
    expect(found('Kharkiv IT Cluster din Harkov', 'ro')).toEqual([]);
    expect(found('Cluster Digital de Catalunya, en Cataluña', 'es')).toEqual([]);
    expect(found('[Dnipro IT Community](/es/partners/dnipro-it-community/) y [el clúster](/es/partners/cluster-digital-de-catalunya/)', 'es')).toEqual([]);
  });
});

describe('terms', () => {
  it('refuses a second word for one concept, once per occurrence', () => {
    expect(found('seminare de instruire', 'ro')).toEqual(['seminare de instruire']);
    expect(found('intercambio de conocimiento y de conocimientos', 'es')).toEqual(['intercambio de conocimiento']);
    expect(found('цифровата трансформация', 'bg')).toEqual(['цифровата']);
  });

  it('matches acronyms and mixed-case forms with their case only', () => {
    expect(avoidPattern('TIC').test('clústeres TIC')).toBe(true);
    expect(avoidPattern('TIC').test('un tic nervioso')).toBe(false);
    expect(found('las pymes y la pyme', 'es')).toEqual([]);
    expect(found('las PYMES', 'es')).toEqual(['PYMES']);
  });

  it('reports the line and the form to use in a file', () => {
    const problems = findTermProblems(parseMarkdownSource('---\ntitle: Guía\ndescription: Para pymes TI de Ucrania\n---\n\nTexto sobre Kyiv.'), 'es', termbase);
    expect(problems.map((p) => p.line)).toEqual([3, 6]);
    expect(problems[1]!.message).toBe('"Kyiv" is not this site\'s Spanish place name: write "Kiev". The form Fundéu recommends. (src/i18n/termbase.yaml, places.kyiv)');
  });

  it('skips fenced code', () => {
    expect(findTermProblems(parseMarkdownSource('```\nKiev\n```'), 'en', termbase)).toEqual([]);
  });
});

describe('the termbase file', () => {
  it('refuses a malformed entry with the field', () => {
    expect(() => parseTermbase('names: []\nplaces: { kyiv: { en: { use: Kyiv } } }\nterms: {}')).toThrow(/field "places\.kyiv\.uk"/);
  });

  it('gives every term and place a form in every language, and never avoids the form it uses', () => {
    for (const group of [termbase.places, termbase.terms]) {
      for (const [id, forms] of Object.entries(group)) {
        for (const locale of locales) {
          const { use, avoid } = forms[locale];
          for (const form of avoid) expect(avoidPattern(form).test(use), `${id}.${locale}: "${form}" matches "${use}"`).toBe(false);
        }
      }
    }
  });

  it('protects every organisation name of organisations.yaml', () => {
    const organisations = loadYaml(readFileSync(resolve(root, 'content/partners/organisations.yaml'), 'utf8')) as Record<string, { name: string }>;
    for (const { name } of Object.values(organisations)) expect(termbase.names).toContain(name);
  });

  it('gives every topic a label in every language', () => {
    for (const topic of topicKeys) for (const locale of locales) expect(topicLabel(termbase, topic, locale), `${topic}.${locale}`).toBeTruthy();
  });
});

describe('the UI strings', () => {
  const strings = (locale: Locale) => flattenUi(JSON.parse(readFileSync(resolve(root, `src/i18n/ui/${locale}.json`), 'utf8')) as Record<string, unknown>);

  for (const locale of locales) {
    it(`in ${locale} use the termbase's forms`, () => {
      const found = [...strings(locale)].flatMap(([key, text]) => findAvoidedForms(text, locale, termbase).map((f) => `${key}: ${f.found} → ${f.rule.use}`));
      expect(found).toEqual([]);
    });

    it(`in ${locale} label every topic as the termbase does`, () => {
      const ui = strings(locale);
      for (const topic of topicKeys) expect(ui.get(`topics.${topic}`), `topics.${topic}`).toBe(topicLabel(termbase, topic, locale));
    });
  }

  it('point translators to the termbase', () => {
    for (const locale of locales) {
      const { _notes } = JSON.parse(readFileSync(resolve(root, `src/i18n/ui/${locale}.json`), 'utf8')) as { _notes: { about: string } };
      expect(_notes.about, locale).toContain('src/i18n/termbase.yaml');
    }
  });
});
