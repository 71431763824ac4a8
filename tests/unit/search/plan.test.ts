import { describe, expect, it } from 'vitest';
import { planQuery, searchString, shownString } from '../../../src/lib/search/plan';
import { buildAliasTable, findAliases, mergeAliasGroups, type AliasGroup } from '../../../src/lib/search/aliases';
import { cyrillicGuess, latinGuesses } from '../../../src/lib/search/transliterate';
import { isStopWord } from '../../../src/lib/search/stopwords';
import { sourceOf } from './lexicon.test';

const kharkiv: AliasGroup = { target: { en: 'Kharkiv', uk: 'Харків', ro: 'Harkov', es: 'Járkov', bg: 'Харков' }, forms: ['Kharkov', 'Харьков*'] };
const cluj: AliasGroup = { target: { en: 'Cluj-Napoca', uk: 'Клуж-Напока', ro: 'Cluj-Napoca', es: 'Cluj-Napoca', bg: 'Клуж-Напока' }, forms: ['Cluj Napoca'] };
const transilvania: AliasGroup = { target: { en: 'Transylvania', ro: 'Transilvania', uk: 'Трансильванія' }, forms: [] };

describe('transliteration', () => {
  it('writes Ukrainian and Bulgarian Cyrillic in Latin by their national systems', () => {
    expect(latinGuesses('Харків')).toEqual(['kharkiv', 'harkiv']);
    expect(latinGuesses('Одеса')).toEqual(['odesa']);
    expect(latinGuesses('Юрій')).toContain('yurii');
  });
  it('guesses the Cyrillic of a Latin word for uk and bg', () => {
    expect(cyrillicGuess('Kharkiv', 'uk')).toBe('харків');
    expect(cyrillicGuess('Odesa', 'bg')).toBe('одеса');
    expect(cyrillicGuess('Shcherbak', 'uk')).toBe('щербак');
  });
});

describe('alias table', () => {
  it('maps every other form of a place to the language’s own form, longest first', () => {
    const uk = buildAliasTable([kharkiv, cluj], 'uk');
    expect(uk).toContainEqual(['kharkov', 'Харків']);
    expect(uk).toContainEqual(['kharkiv', 'Харків']);
    expect(uk).toContainEqual(['харьков*', 'Харків']);
    expect(uk).toContainEqual(['cluj napoca', 'Клуж-Напока']);
    expect(uk.find(([form]) => form === 'харків')).toBeUndefined();
    expect(uk[0]![0].split(' ').length).toBe(2);
  });
  it('merges groups that share a form', () => {
    const merged = mergeAliasGroups([kharkiv, { target: { ro: 'Harkov', uk: 'Харків' }, forms: ['Harkiv'] }]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.forms).toContain('Harkiv');
  });
  it('matches declined Cyrillic forms and star forms, leaves indexed local words alone', () => {
    const en = buildAliasTable([kharkiv], 'en');
    expect(findAliases(['Харкові'], en, 'en', () => false)).toEqual([{ start: 0, length: 1, target: 'Kharkiv' }]);
    expect(findAliases(['Харькова'], buildAliasTable([kharkiv], 'uk'), 'uk', () => false)[0]?.target).toBe('Харків');
    expect(findAliases(['Харкова'], buildAliasTable([kharkiv], 'bg'), 'bg', () => true)).toEqual([]);
    expect(findAliases(['Kharkivx'], en, 'en', () => false)).toEqual([]);
  });
});

describe('stop words', () => {
  it('knows question words in every language', () => {
    expect(isStopWord('How', 'en')).toBe(true);
    expect(isStopWord('Як', 'uk')).toBe(true);
    expect(isStopWord('cum', 'ro')).toBe(true);
    expect(isStopWord('cómo', 'es')).toBe(true);
    expect(isStopWord('как', 'bg')).toBe(true);
    expect(isStopWord('cluster', 'en')).toBe(false);
  });
});

describe('planQuery', () => {
  const en = sourceOf('Kharkiv IT Cluster entry to the EU market for SMEs, processing agreement, Cluj-Napoca, Transylvania');
  const aliasesEn = buildAliasTable([kharkiv, cluj, transilvania], 'en');

  it('replaces a Russian-derived or foreign form by the language’s own', () => {
    const plan = planQuery('Kharkov', 'en', { words: en, aliases: aliasesEn });
    expect(plan.words).toEqual([{ typed: 'Kharkov', search: 'Kharkiv', shown: 'Kharkiv', change: 'alias' }]);
    expect(plan.changed).toBe(true);
    expect(searchString(planQuery('Харкові', 'en', { words: en, aliases: aliasesEn }).words)).toBe('Kharkiv');
  });
  it('stems the target of a Ukrainian alias, each part of a hyphenated name', () => {
    const uk = sourceOf('у Клуж-Напоці в Харкові');
    const plan = planQuery('Cluj Napoca', 'uk', { words: uk, aliases: buildAliasTable([cluj], 'uk') });
    expect(plan.words[0]).toMatchObject({ search: 'клуж напок', shown: 'Клуж-Напока', change: 'alias' });
  });
  it('drops words with no topic from a question, but keeps acronyms', () => {
    const plan = planQuery('how do I get into the EU market', 'en', { words: en });
    expect(plan.words.map((w) => w.search)).toEqual(['EU', 'market']);
    expect(plan.changed).toBe(false);
    expect(planQuery('the IT', 'en', { words: en }).words.map((w) => w.search)).toEqual(['the', 'IT']);
  });
  it('corrects a misspelt word and keeps the typed ending of a Ukrainian stem', () => {
    expect(planQuery('procssing agreement', 'en', { words: en }).words[0]).toMatchObject({ search: 'processing', change: 'spelling' });
    const uk = sourceOf('кластерів кластери');
    const plan = planQuery('кластирів', 'uk', { words: uk });
    expect(plan.words[0]).toMatchObject({ search: 'кластер', shown: 'кластерів', change: 'spelling' });
  });
  it('transliterates a name typed in the other script', () => {
    const uk = sourceOf('Одеса Одеси');
    expect(planQuery('Odesa', 'uk', { words: uk }).words[0]).toMatchObject({ change: 'script', shown: 'Одеса' });
    expect(planQuery('Одеса', 'en', { words: sourceOf('Odesa IT Family') }).words[0]).toMatchObject({ search: 'odesa', change: 'script' });
  });
  it('keeps a word Pagefind’s stemmer matches, even if no page has that form', () => {
    expect(planQuery('procesing', 'en', { words: en }).words[0]).toEqual({ typed: 'procesing', search: 'procesing', shown: 'procesing' });
  });
  it('leaves out and names a word the index has no trace of', () => {
    expect(planQuery('entering EU market', 'en', { words: en }).unknown).toEqual(['entering']);
    const plan = planQuery('EU market qwzrtx', 'en', { words: en });
    expect(plan.unknown).toEqual(['qwzrtx']);
    expect(shownString(plan.words)).toBe('EU market');
  });
  it('searches exactly what was typed in exact mode, and everything as typed without a vocabulary', () => {
    expect(planQuery('Kharkov', 'en', { words: en, aliases: aliasesEn, exact: true }).words[0]).toEqual({ typed: 'Kharkov', search: 'Kharkov', shown: 'Kharkov' });
    expect(planQuery('qwzrtx', 'en', {}).words.map((w) => w.search)).toEqual(['qwzrtx']);
  });
});

describe('planQuery across scripts', () => {
  it('does not turn a short Latin word into an unrelated Cyrillic one', () => {
    const uk = sourceOf('сесія Preparing a Ukrainian IT SME');
    expect(planQuery('SMEs', 'uk', { words: uk }).words[0]).toMatchObject({ search: 'sme', change: 'spelling' });
  });
});

describe('planQuery on repeated words', () => {
  it('searches a word typed twice once', () => {
    expect(planQuery('cluster cluster Cluster', 'en', {}).words.map((w) => w.search)).toEqual(['cluster']);
  });
});

describe('planQuery on short queries', () => {
  it('keeps the words with no topic of a query shorter than four words', () => {
    expect(planQuery('партньорите на клъстера', 'bg', {}).words.map((w) => w.typed)).toEqual(['партньорите', 'на', 'клъстера']);
    expect(planQuery('как да намеря партньори клъстера', 'bg', {}).words.map((w) => w.typed)).toEqual(['партньори', 'клъстера']);
  });
});

describe('widenStem', () => {
  it('cuts a Ukrainian stem back past a fleeting vowel when every indexed word with the shorter beginning is a form of it', async () => {
    const { widenStem } = await import('../../../src/lib/search/plan');
    expect(widenStem('ринк', sourceOf('ринок ринку ринків ринкових'))).toBe('рин');
    expect(widenStem('харков', sourceOf('Харків Харкова Харківський'))).toBe('харк');
    // Another word shares the beginning: the stem stays.
    expect(widenStem('ринк', sourceOf('ринок ринку ринг'))).toBe('ринк');
    // No form with the other vowel in the index: nothing to widen for.
    expect(widenStem('ринк', sourceOf('ринку ринків'))).toBe('ринк');
    expect(widenStem('кластер', sourceOf('кластер кластери'))).toBe('кластер');
  });
  it('is applied to Ukrainian queries', () => {
    expect(planQuery('ринки', 'uk', { words: sourceOf('ринок ринку ринки') }).words[0]!.search).toBe('рин');
    expect(planQuery('Харкові', 'uk', { words: sourceOf('Харків Харкова Харкові') }).words[0]!.search).toBe('харк');
  });
});
