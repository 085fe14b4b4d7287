import { describe, expect, it } from 'vitest';
import { urlDate } from '../../../src/lib/ingest/meta/urlDate';

// A year and section folders followed by numbers that are no month and day folders.
describe('a URL whose folders name no day', () => {
  it('reads no day from a section and a month alone', () => {
    expect(urlDate('https://example.org/2019/TRAVEL/05/tram-line-opens')).toBeNull();
  });

  it('reads no day from figures that are no month and day', () => {
    expect(urlDate('https://example.org/2019/tables/13/40/')).toBeNull();
    expect(urlDate('https://example.org/2019/sport/rugby/league/05/23/')).toBeNull();
  });

  it('reads no day from a numbered story after a section', () => {
    expect(urlDate('https://example.org/2019/news/51234567.html')).toBeNull();
  });
});
