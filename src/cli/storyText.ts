// The story timeline as a reader scans it in a terminal: each day, then its sentences, each
// with the article it came from. Knows nothing of how the timeline was built.
import type { StoryTimeline } from '../lib/story';
import { printablePath } from './io';

export function storyText(story: StoryTimeline, articles: number): string {
  const days = story.timeline.length;
  const lines = [`${days} day${days === 1 ? '' : 's'} from ${articles} article${articles === 1 ? '' : 's'}`, ''];
  for (const entry of story.timeline) {
    lines.push(entry.date);
    entry.sentences.forEach((s, i) => lines.push(`  - ${s}`, `    (${printablePath(entry.sources[i].article)})`));
    lines.push('');
  }
  return lines.join('\n');
}
