// imshow's PNG (src/lib/plot/png.ts): the file Python's zlib.compress(level 0) and crc32 make for
// the same pixels, byte for byte, and a large image whose stored blocks inflate back to its rows.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, pngDataUrl } from '../../src/lib/plot/png';

// 2×2 RGBA: (10, 20, 30, 255), transparent, (255, 0, 0, 128), (1, 2, 3, 4); written by
// struct.pack + zlib.compress(raw, 0) + zlib.crc32 in CPython 3.11
const EXPECTED_2X2 =
  '89504e470d0a1a0a0000000d494844520000000200000002080600000072b60d240000001d494441547801011200edff000a141eff0000000000ff000080010203041c3c02c50e9e69d30000000049454e44ae426082';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('PNG of RGBA pixels', () => {
  it("is the file CPython's zlib writes for the same pixels (signature, IHDR, stored IDAT, CRCs)", () => {
    const pixels = Uint8ClampedArray.from([10, 20, 30, 255, 0, 0, 0, 0, 255, 0, 0, 128, 1, 2, 3, 4]);
    expect(hex(encodePng(2, 2, pixels))).toBe(EXPECTED_2X2);
    expect(pngDataUrl(2, 2, pixels)).toBe(`data:image/png;base64,${Buffer.from(EXPECTED_2X2, 'hex').toString('base64')}`);
  });

  it('splits an image above 64 KB into stored blocks that inflate back to its filtered rows', () => {
    const [width, height] = [200, 120];
    const pixels = Uint8ClampedArray.from({ length: width * height * 4 }, (_, i) => (i * 7) % 251);
    const png = encodePng(width, height, pixels);
    const idatLength = new DataView(png.buffer).getUint32(33);
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect(raw.length).toBe(height * (width * 4 + 1));
    for (const row of [0, 57, height - 1]) {
      expect(raw[row * (width * 4 + 1)]).toBe(0);
      expect(Array.from(raw.subarray(row * (width * 4 + 1) + 1, (row + 1) * (width * 4 + 1)))).toEqual(Array.from(pixels.subarray(row * width * 4, (row + 1) * width * 4)));
    }
  });
});
