/**
 * FNV-1a (32 bit) over the JSON of every document in order: the page and the driver compute it
 * over the dossiers each generated, so the bench can tell that the browser's bulkInsert baseline
 * and the server's data set are the very same documents. Pure: runs in Node and in the page.
 */
export function checksumOf(docs: readonly unknown[]): string {
  let h = 0x811c9dc5;
  for (const doc of docs) {
    const s = JSON.stringify(doc);
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return `${docs.length}:${h.toString(16).padStart(8, '0')}`;
}
