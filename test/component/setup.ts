import '@testing-library/jest-dom/vitest';
import { CompressionStream, DecompressionStream } from 'node:stream/web';

// The vmThreads pool runs each file in a jsdom context of its own, which lacks the compression
// streams Node and browsers have (links and embeds pack a document with them): Node's, as the
// forks pool's jsdom had them.
const web = globalThis as Record<string, unknown>;
web.CompressionStream ??= CompressionStream;
web.DecompressionStream ??= DecompressionStream;
