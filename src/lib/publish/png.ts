// "Export PNG" in the browser: the standalone SVG drawn onto a canvas at 1x, 2x or 3x, on a
// transparent or white background. Browser-only (Image, canvas); the CLI uses resvg instead.
// The SVG is self-contained (no external references, no foreignObject), so the canvas is never
// tainted and toBlob is allowed.

export type Scale = 1 | 2 | 3;

export async function svgToPng(svg: string, width: number, height: number, scale: Scale, background: string | null): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The browser could not draw the exported SVG.'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw a PNG (no canvas).');
    if (background) {
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    }
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be encoded.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name through a temporary link (the download attribute). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Width and height from a standalone SVG's root attributes. */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg[^>]*?\swidth="(\d+(?:\.\d+)?)"[^>]*?\sheight="(\d+(?:\.\d+)?)"/.exec(svg.slice(0, 2000));
  if (!m) throw new Error('The exported SVG has no size.');
  return { width: Number(m[1]), height: Number(m[2]) };
}
