// The frame side of auto-height: measure the content (not the viewport, which never shrinks
// below the iframe's current height) and post it to the parent on load and on every change.
// Must not know what is drawn; it watches one element.
import { heightMessages } from '../lib/publish/messages';

export function reportHeight(content: HTMLElement, childId: string, target: Window = window.parent): () => void {
  let last = -1;
  const post = () => {
    const style = getComputedStyle(content);
    const height = Math.ceil(
      content.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom),
    );
    if (height === last) return;
    last = height;
    // '*' is right here: a height is not a secret, and the parent's origin is unknown to us.
    for (const message of heightMessages(childId, height)) target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(content);
  window.addEventListener('load', post);
  post();
  return () => {
    observer.disconnect();
    window.removeEventListener('load', post);
  };
}
