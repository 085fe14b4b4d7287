// Test helper: reads a PNG's size from its IHDR chunk and decodes 8-bit RGB/RGBA pixels
// (non-interlaced, what resvg and Chromium write), so tests can check a picture is not blank.
import { inflateSync } from 'node:zlib';

export function pngSize(png: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!sig.every((b, i) => png[i] === b)) throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function decodePng(png: Uint8Array): { width: number; height: number; channels: number; pixels: Uint8Array } {
  const { width, height } = pngSize(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const depth = png[24];
  const colorType = png[25];
  if (depth !== 8 || (colorType !== 2 && colorType !== 6) || png[28] !== 0) throw new Error(`unsupported PNG ${depth}/${colorType}`);
  const channels = colorType === 6 ? 4 : 3;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      pixels[y * stride + x] = (src[x] + predictor) & 255;
    }
  }
  return { width, height, channels, pixels };
}

/** How many pixels differ from the top-left one: a blank picture gives 0. */
export function inkedPixels(png: Uint8Array): number {
  const { pixels, channels } = decodePng(png);
  let count = 0;
  for (let i = 0; i < pixels.length; i += channels) {
    for (let k = 0; k < channels; k++) {
      if (pixels[i + k] !== pixels[k]) {
        count++;
        break;
      }
    }
  }
  return count;
}
