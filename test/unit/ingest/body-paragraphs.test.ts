import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/lib/ingest/body';
import { paragraphsOf } from '../../../src/lib/ingest/body/paragraphs';
import { dropCode } from '../../../src/lib/ingest/dom/dropCode';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';

describe('paragraphsOf', () => {
  it('ends a paragraph at each block element and joins inline markup', () => {
    const doc = parseHtmlNode('<html><body><div><p>The <b>pier</b> reopened.</p>Loose text<ul><li>One</li><li>Two<br>lines</li></ul></div></body></html>');
    expect(paragraphsOf(doc.body)).toEqual(['The pier reopened.', 'Loose text', 'One', 'Two', 'lines']);
  });

  it('joins a sentence that a lone <br> wrapped mid-way', () => {
    const doc = parseHtmlNode('<html><body><p>"The crews will keep the sluice gates shut while the river<br>keeps rising," she said.</p></body></html>');
    expect(paragraphsOf(doc.body)).toEqual(['"The crews will keep the sluice gates shut while the river keeps rising," she said.']);
  });

  it('keeps the lines a <br> parts when the line before is closed, short, or the next starts a new sentence', () => {
    const doc = parseHtmlNode('<html><body><p>The sluice gates were shut on Monday morning.<br>then the river fell.</p><p>Dock Road<br>lower town</p><p>The crews kept the sluice gates shut all night<br>The river fell by dawn.</p><p>The crews kept the sluice gates shut all night<br><br>and the river fell by dawn.</p></body></html>');
    expect(paragraphsOf(doc.body)).toEqual([
      'The sluice gates were shut on Monday morning.', 'then the river fell.', 'Dock Road', 'lower town',
      'The crews kept the sluice gates shut all night', 'The river fell by dawn.',
      'The crews kept the sluice gates shut all night', 'and the river fell by dawn.',
    ]);
  });

  it('walks a page nested ten thousand deep without overflowing the stack', () => {
    const deep = '<div>'.repeat(10000) + 'Deep text' + '</div>'.repeat(10000);
    expect(paragraphsOf(parseHtmlNode(`<html><body>${deep}</body></html>`).body)).toEqual(['Deep text']);
  });
});

describe('parseHtmlNode', () => {
  it('puts a fragment without <html> or <body> into the body, and a stray <title> into the head', () => {
    const doc = parseHtmlNode('<!DOCTYPE html><title>Tide tables</title><p>High water at noon.</p>');
    expect(doc.title).toBe('Tide tables');
    expect(doc.body.textContent).toBe('High water at noon.');
  });
});

describe('storyText', () => {
  const story = [
    'The harbor commission voted on Monday to dredge the northern channel before the autumn storms, ending a dispute that had run for three years.',
    'Work will start in September and is expected to cost $4 million, the commission said, most of it paid by the state.',
    'Fishermen, who had lobbied for the dredging since 2021, welcomed the vote.',
  ];
  const page = (html: string) => () => parseHtmlNode(html);

  it('keeps the story and drops template lines, a repeated summary and the headline repeated as the first line', () => {
    const html = `<html><body><nav><a href="/">Home</a></nav><article><h1>Channel to be dredged</h1><p>By Ana Pilar</p><p>Updated 3 hours ago</p>
      <p>${story[0]}</p><p>${story[0]}</p><div class="share-tools"><a>Facebook</a><a>Twitter</a></div><p>${story[1]}</p><p>Read more: Pier repairs finished</p><p>${story[2]}</p>
      <figure><img src="x.jpg"><figcaption>The channel at low tide. Photo: Jo Kett</figcaption></figure></article>
      <aside><h2>Most read</h2><p>Other story</p></aside><footer>All rights reserved</footer></body></html>`;
    expect(storyText(page(html)(), { title: 'Channel to be dredged', reparse: page(html) })).toBe(story.join('\n\n'));
  });
});

describe('dropCode', () => {
  it('drops scripts, styles and comments before the DOM is built, and keeps JSON-LD', () => {
    const html = '<head><script>var a = "</p>";</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><style>p{}</style></head><!-- <p>old</p> --><p>Kept</p>';
    expect(dropCode(html)).toBe('<head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><p>Kept</p>');
  });
});

describe('a rail of other stories after the story', () => {
  const story = [
    'The county opened its third cooling center on Friday as temperatures passed 40 degrees for a fifth day, officials said, and extended library hours.',
    'Emergency rooms treated 112 people for heat illness over the week, the health department said, almost twice last summer\'s count for the same days.',
    'The weather service expects the heat to break on Tuesday, when a front from the coast should bring rain.',
  ];
  const rail = ['Most Read', 'Ferry fares to rise in spring', 'Sunday May 4, 2025 6:13 am by Jo Kett', 'Council delays vote on the new harbor wall after a long night of public comment on the plan.'];
  const read = (paragraphs: string[]) => {
    const tag = (p: string) => (p.length < 20 ? 'h2' : 'p'); // headings as templates print them
    const html = `<html><body><article>${paragraphs.map((p) => `<${tag(p)}>${p}</${tag(p)}>`).join('')}</article></body></html>`;
    return storyText(parseHtmlNode(html), { title: null, reparse: () => parseHtmlNode(html) });
  };

  it('is cut at its heading once a story stands before it', () => {
    expect(read([...story, ...rail])).toBe(story.join('\n\n'));
  });

  it('is not cut at a rail word heading a short brief', () => {
    const brief = ['Trending now', 'The harbor master resigned on Monday, two weeks after the crane collapse that closed the east quay for a month.'];
    expect(read(brief)).toBe(brief.join('\n\n'));
  });
});

describe('a stray <title> in the body', () => {
  it('is not story text, whatever markup-looking text it holds', () => {
    const story = 'The harbor commission voted on Monday to dredge the northern channel before the autumn storms, ending a dispute that had run for three years and cost the port two shipping lines.';
    const html = `<html><body><article><p>${story}</p><title><script>document.write("x")</script></article></body></html>`;
    expect(storyText(parseHtmlNode(html), { title: null, reparse: () => parseHtmlNode(html) })).toBe(story);
  });
});

describe('a data widget inside the story box', () => {
  const story = [
    'The port authority said on Monday that cargo volumes fell for a third month, as two shipping lines moved their calls to the new terminal upriver.',
    'Officials expect the decline to reverse in the spring, when the dredged channel opens to larger ships.',
  ];
  const read = (lines: string[]) => {
    const html = `<html><body><article>${[story[0], ...lines, story[1]].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    return storyText(parseHtmlNode(html), { title: null, reparse: () => parseHtmlNode(html) });
  };

  it('is dropped when it is a long run of one-to-three-word lines (a counter, a table)', () => {
    const counter = ['Port', 'Tonnes', 'Ships', 'North3029', 'East 660', 'South465', 'West 96', 'Upriver 76', 'Total 4,326'];
    expect(read(counter)).toBe(story.join('\n\n'));
  });

  it('is kept when its lines are list items of a few words', () => {
    const list = Array.from({ length: 9 }, (_, i) => `${i + 1}. Red wool mittens, Harbor Goods, $30`);
    expect(read(list)).toBe([story[0], ...list, story[1]].join('\n\n'));
  });
});

describe('the header above the story', () => {
  it('drops a kicker and the headline repeated at the top, and keeps a standfirst-like sentence that is not the headline', () => {
    const story = 'The harbor commission voted on Monday to dredge the northern channel before the autumn storms, ending a dispute that had run for three years.';
    const html = `<html><body><article><p>Harbor</p><h2>Channel to be dredged</h2><p>${story}</p><p>Work starts in September and will cost $4 million, the commission said.</p></article></body></html>`;
    const text = storyText(parseHtmlNode(html), { title: 'Channel to be dredged', reparse: () => parseHtmlNode(html) });
    expect(text.split('\n\n')[0]).toBe(story);
  });
});

describe('storyText on an old table layout that parts paragraphs with <br><br>', () => {
  const para = [
    'The day after the chip maker said it would leave the charity’s board, the charity answered that the company had given little to the laptop project in its six months on the board.',
    'In a statement on Friday, the charity said the company had broken written agreements with the board and had not helped to write software for the project at all.',
    'The company said it still backed the goal of cheap laptops for schoolchildren and would keep selling its own machine to governments in Asia and Africa.',
  ];
  it('parts the stamp before a run of breaks from the first paragraph', () => {
    const html = `<html><body><table><tr><td><table><tr><th><font size="2">Charity: chip maker gave little</font></th></tr><tr><td>
      <font size="2">Jan. 06, 2008</font><br><br><font size="3">${para[0]}<br><br>${para[1]}<br><br>${para[2]}</font></td></tr></table></td></tr></table></body></html>`;
    const text = storyText(parseHtmlNode(html), { title: 'Charity: chip maker gave little', reparse: () => parseHtmlNode(html) });
    expect(text.split('\n\n')).toContain(para[0]);
    expect(text).not.toMatch(/2008The/);
  });
});
