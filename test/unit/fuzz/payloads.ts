// Hostile strings for every input that takes text from outside: each one, if it ever ran, would
// add one to its window's counter (`self.__pwned`), so a test counts what executed by reading that
// one number. Also the characters that break naive escaping, XML and JSON (entities, RTL
// overrides, zero-width joiners, surrogate halves, NUL, template syntax). Shared by the unit,
// CLI and browser tests; knows nothing of where they are put.

/** What each payload would run: one more on the page's counter. */
export const RUN = 'self.__pwned=(self.__pwned||0)+1';

export const PAYLOADS: readonly string[] = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `"><img src=x onerror=${RUN}>`,
  `' onmouseover='${RUN}' data-x='`,
  `" onload="${RUN}" data-x="`,
  `<svg onload="${RUN}"></svg>`,
  `<svg><foreignObject width="9" height="9"><body onload="${RUN}"></body></foreignObject></svg>`,
  `<svg><script href="data:,${RUN}"/></svg>`,
  `<svg><a xlink:href="javascript:${RUN}"><text>x</text></a></svg>`,
  `<svg><set attributeName="onmouseover" to="${RUN}"/></svg>`,
  `javascript:${RUN}`,
  `<a href="javascript:${RUN}">read more</a>`,
  `<iframe srcdoc="<script>${RUN}</script>"></iframe>`,
  `<object data="javascript:${RUN}"></object>`,
  `<details open ontoggle="${RUN}">`,
  `<body onload=${RUN}>`,
  `<style>@import url("https://evil.example/x.css");</style>`,
  `<div style="background:url('javascript:${RUN}')">`,
  `</style><script>${RUN}</script>`,
  `</script><script>${RUN}</script>`,
  `</title><script>${RUN}</script>`,
  `</textarea><script>${RUN}</script>`,
  `]]><script>${RUN}</script>`,
  `<![CDATA[<script>${RUN}</script>]]>`,
  `<!--<script>${RUN}</script>-->`,
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
  `&#60;script&#62;${RUN}&#60;/script&#62;`,
  `&#x3C;img src=x onerror=${RUN}&#x3E;`,
  `&amp;lt;b&amp;gt; &nbsp; &#0; &#xD800; &bogus;`,
  `{{constructor.constructor('${RUN}')()}}`,
  `\${${RUN}}`,
  `{@html '<img src=x onerror=${RUN}>'}`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<base href="javascript:/">`,
  `data:text/html,<script>${RUN}</script>`,
  `\u202Egnp.exe\u202C right-to-left override \u2066isolate\u2069`,
  `zero\u200Dwidth\u200Bjoiners\uFEFF\u200C`,
  `surrogate \uD800 halves \uDFFF\uDBFF`,
  `nul \u0000 and \u0001\u0008\u000B\u001F controls`,
  `__proto__`,
  `constructor`,
];

/** One string holding every payload, for a field that takes only one. */
export const ALL_IN_ONE = PAYLOADS.join(' ');

/** About 1 MB of a payload repeated: a length no field expects. */
export const MEGABYTE = `<img src=x onerror="${RUN}">`.repeat(Math.ceil(1_000_000 / 40)).slice(0, 1_000_000);

/** A JSON text whose objects carry `__proto__` and `constructor` as their own keys. */
export function withPrototypeKeys(json: string): string {
  return json.replace(/^\{/, '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},');
}
