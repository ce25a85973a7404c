#!/usr/bin/env node
/**
 * Draws the add-in's icons (16, 32, 64, 80 px) into assets/: a blue square with a white "J" (决算), using only
 * Node built-ins — zlib for the PNG's deflate stream. Run: node scripts/make-icons.js
 */
/* global require, Buffer, __dirname, console */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain Node script, run without a build step */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BLUE = [0x1f, 0x5f, 0xbf];
const WHITE = [0xff, 0xff, 0xff];

/** Is (x, y) — in a unit square, 0..1 — part of the "J"? A top bar, a stem and a hook. */
function inJ(x, y) {
  const bar = y >= 0.18 && y <= 0.3 && x >= 0.3 && x <= 0.78;
  const stem = x >= 0.52 && x <= 0.66 && y >= 0.18 && y <= 0.66;
  // Hook: a ring segment below the stem, centred at (0.42, 0.62).
  const dx = x - 0.42;
  const dy = y - 0.62;
  const d = Math.sqrt(dx * dx + dy * dy);
  const hook = y >= 0.62 && d >= 0.1 && d <= 0.24;
  return bar || stem || hook;
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGB PNG of a size×size icon; 3×3 supersampling per pixel smooths the edges. */
function icon(size) {
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < 3; sy++)
        for (let sx = 0; sx < 3; sx++) if (inJ((x + (sx + 0.5) / 3) / size, (y + (sy + 0.5) / 3) / size)) hits++;
      const t = hits / 9;
      for (let ch = 0; ch < 3; ch++)
        raw[y * (size * 3 + 1) + 1 + x * 3 + ch] = Math.round(BLUE[ch] * (1 - t) + WHITE[ch] * t);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), icon(size));
  console.log(`assets/icon-${size}.png`);
}
