// embed.html's entry: the viewer alone. Reads the document from #doc= or ?src=, draws it at
// its container's width, and reports its height to the parent page in Pym, AMP and Newsline
// messages. Imports no editor and no extraction code (the size budget test checks the bundle).
import { mount } from 'svelte';
import EmbedView from './EmbedView.svelte';
import { reportHeight } from './height';
import { loadEmbedDocument } from '../lib/publish/load';
import { framing } from '../lib/publish/presentation';
import { cleanChildId } from '../lib/publish/messages';

const root = document.getElementById('newsline-embed')!;
const childId = cleanChildId(new URLSearchParams(location.search).get('childId'));
const load = loadEmbedDocument(location, (url, init) => fetch(url, init));

mount(EmbedView, { target: root, props: { load } });
// The frame's own title names the timeline for assistive technology inside the frame.
// The headline as the graphic shows it: bounded, so a 1 MB title does not become the frame's title.
load.then((doc) => (document.title = `Timeline: ${framing(doc).headline ?? 'news events'}`)).catch(() => {});
reportHeight(root, childId);

// A new fragment (the authoring app updating a preview) means a new document.
window.addEventListener('hashchange', () => location.reload());
