import { describe, it, expect } from 'vitest';
import { createUrls } from '../../src/lib/urls';
describe('smoke', () => { it('builds a url', () => { expect(createUrls({ base: '/', site: 'https://x.org' }).home('uk')).toBe('/uk/'); }); });
