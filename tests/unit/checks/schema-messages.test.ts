import { describe, it, expect } from 'vitest';
import { z } from 'astro/zod';
import { closestValue, describeField, describeSchemaIssue, showValue } from '../../../src/lib/checks/schema-messages';
import { topicsSchema, descriptionSchema } from '../../../src/lib/content/schemas';

const issuesOf = (schema: z.ZodType, data: unknown) => schema.safeParse(data).error?.issues.map((i) => describeSchemaIssue(i, data)) ?? [];

describe('schema issues in editors’ words', () => {
  it('names a list item by its position counted from one, as the editor sees it in the file', () => {
    expect(describeField(['topics', 1])).toBe('field "topics" (the 2nd item)');
    expect(describeField(['downloads', 0, 'file'])).toBe('field "file" of the 1st item of "downloads"');
    expect(describeField(['title'])).toBe('field "title"');
    expect(describeField(['keyFindings', 10])).toBe('field "keyFindings" (the 11th item)');
  });

  it('names the mistyped topic, suggests the one meant and lists the allowed ones', () => {
    const data = { topics: ['networking', 'cluster-developement'] };
    const [message] = issuesOf(z.object({ topics: topicsSchema }), data);
    expect(message).toMatch(/^field "topics" \(the 2nd item\): "cluster-developement" is not one of the allowed values\. Did you mean "cluster-development"\? Allowed: market-entry, .*cluster-development\.$/);
  });

  it('suggests nothing for a value that is no typo of an allowed one', () => {
    expect(closestValue('blockchain', ['networking', 'training'])).toBeUndefined();
    expect(closestValue('netwroking', ['networking', 'training'])).toBe('networking');
  });

  it('says how long a text is and what the limit is', () => {
    expect(issuesOf(z.object({ description: descriptionSchema }), { description: 'x'.repeat(200) })).toEqual([
      'field "description": is 200 characters; the limit is 160: search engines cut longer descriptions, so shorten it',
    ]);
  });

  it('refuses an empty topic list, which the template starts with', () => {
    expect(issuesOf(z.object({ topics: topicsSchema }), { topics: [] })[0]).toMatch(/^field "topics": lists no topic: name one to five, e\.g\. topics: \[market-entry\]/);
  });

  it('replaces zod’s type message with the value given and the type wanted', () => {
    const schema = z.object({ draft: z.boolean(), count: z.number() });
    expect(issuesOf(schema, { draft: 'yes' })).toEqual(['field "draft": must be true or false, but is "yes".', 'field "count": Required: add it, as a number.']);
  });

  it('shows values as written in YAML', () => {
    expect(showValue(['a', 1])).toBe('["a", 1]');
    expect(showValue(null)).toBe('empty');
    expect(showValue('x'.repeat(80))).toHaveLength(62);
  });
});
