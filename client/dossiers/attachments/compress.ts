/**
 * Photos and scans are shrunk on the device before they are kept: a phone photo of 4–12 MB
 * becomes ~150–400 kB, so a mobile team can keep days of dossiers on a cheap phone.
 *  C1. The longest side is at most MAX_SIDE px (A4 read at ~190 dpi: text stays legible).
 *  C2. WebP at QUALITY where the browser encodes it, else JPEG (Safari before 16 has no WebP encoder).
 */
export const MAX_SIDE = 1600;
export const QUALITY = 0.7;

/** The size to draw at (C1): never enlarged, aspect ratio kept. Pure. */
export function fitWithin(width: number, height: number, max = MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

const toBlob = (canvas: HTMLCanvasElement, type: string): Promise<Blob | null> =>
  new Promise((resolve) => canvas.toBlob(resolve, type, QUALITY));

export type CompressResult =
  | { readonly ok: true; readonly blob: Blob }
  | { readonly ok: false; readonly error: 'not_an_image' | 'encode_failed' };

export async function compressImage(file: Blob): Promise<CompressResult> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return { ok: false, error: 'not_an_image' };
  }
  const size = fitWithin(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (context === null) return { ok: false, error: 'encode_failed' };
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  const webp = await toBlob(canvas, 'image/webp');
  const blob = webp?.type === 'image/webp' ? webp : await toBlob(canvas, 'image/jpeg'); // C2
  return blob === null ? { ok: false, error: 'encode_failed' } : { ok: true, blob };
}
