// A PNG whose pixels are indices into a palette of at most 256 colours (colour type 3). Neither sharp nor the PNG
// packages on npm write one from indices we already have: sharp only quantises a full-colour picture (18–52 ms for
// a preview, measured), and the packages compress in JavaScript. Node's own zlib does it in under a millisecond.
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The width × height picture in `rows`: per row, a 0 (PNG's filter "none") and then one palette index per pixel. */
export async function palettePng(rows: Buffer, width: number, height: number, palette: readonly (readonly [number, number, number])[]): Promise<Buffer> {
  if (rows.length !== height * (width + 1)) throw new Error(`palettePng: ${rows.length} bytes for ${width}×${height} pixels.`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // 8 bits per pixel, colour type 3 (palette); compression, filter and interlace methods 0.
  header.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    ...chunk('IHDR', header),
    ...chunk('PLTE', Buffer.from(palette.flat())),
    // Level 2 (measured on a preview): 1.4 ms for 34 KB, against 3.7 ms for 27 KB at zlib's default.
    ...chunk('IDAT', await deflateAsync(rows, { level: 2 })),
    ...chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A PNG chunk: its length, its type, its data and the CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer[] {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return [head, data, crc];
}
