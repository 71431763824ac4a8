import { describe, it, expect } from 'vitest';
import { diffOriginal, translatableText } from '../../../src/lib/content/original-diff';

const neutral = ['pubDate', 'topics', 'partners'];
const original = (body: string, { description = 'Partners meet in Cluj-Napoca to launch ITBridge.', pubDate = '2025-02-13', draft = '' } = {}) =>
  `---\ntitle: "ITBridge kicks off"\ndescription: "${description}"\npubDate: ${pubDate}\ntopics: [networking]\n${draft}---\n\n${body}\n`;

describe('translatableText', () => {
  it('shows the translated fields as key: value lines, then the body, without neutral fields or draft', () => {
    expect(translatableText(original('First paragraph.\n\nSecond.', { draft: 'draft: true\n' }), neutral)).toBe(
      'description: Partners meet in Cluj-Napoca to launch ITBridge.\ntitle: ITBridge kicks off\n\nFirst paragraph.\n\nSecond.',
    );
  });

  it('shows a file whose frontmatter does not parse as it is', () => {
    expect(translatableText('---\ntitle: [unclosed\n---\nText\n', neutral)).toBe('---\ntitle: [unclosed\n---\nText');
  });
});

describe('diffOriginal', () => {
  it('lists the removed and the added line of a changed sentence, and nothing that stayed', () => {
    const diff = diffOriginal(original('Intro.\n\nThe meeting lasts one day.\n\nEnd.'), original('Intro.\n\nThe meeting lasts two days.\n\nEnd.'), neutral);
    expect(diff).toEqual({
      lines: [
        { kind: 'removed', text: 'The meeting lasts one day.', segments: [{ text: 'The meeting lasts ', changed: false }, { text: 'one day', changed: true }, { text: '.', changed: false }] },
        { kind: 'added', text: 'The meeting lasts two days.', segments: [{ text: 'The meeting lasts ', changed: false }, { text: 'two days', changed: true }, { text: '.', changed: false }] },
      ],
      more: 0,
      added: 1,
      removed: 1,
    });
  });

  it('shows a changed description, but not a changed date or topic, which are not translated', () => {
    const diff = diffOriginal(original('Text.'), original('Text.', { description: 'Partners meet in Cluj-Napoca.', pubDate: '2025-03-01' }), neutral);
    expect(diff.lines.map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: 'removed', text: 'description: Partners meet in Cluj-Napoca to launch ITBridge.' },
      { kind: 'added', text: 'description: Partners meet in Cluj-Napoca.' },
    ]);
  });

  it('treats every line as new when the original did not exist', () => {
    const diff = diffOriginal(undefined, original('Only line.'), neutral);
    expect(diff.removed).toBe(0);
    expect(diff.lines.map((l) => l.text)).toEqual(['description: Partners meet in Cluj-Napoca to launch ITBridge.', 'title: ITBridge kicks off', 'Only line.']);
  });

  it('keeps a long diff small: the first lines and a count of the rest', () => {
    const many = Array.from({ length: 50 }, (_, i) => `Paragraph ${i + 1}.`).join('\n\n');
    const diff = diffOriginal(original('Intro.'), original(`Intro.\n\n${many}`), neutral, { maxLines: 10 });
    expect(diff.lines).toHaveLength(10);
    expect(diff.lines[9]).toEqual({ kind: 'added', text: 'Paragraph 10.', segments: [{ text: 'Paragraph 10.', changed: false }] });
    expect(diff.more).toBe(40);
    expect(diff.added).toBe(50);
  });
});
