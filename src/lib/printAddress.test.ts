import { test } from 'node:test';
import assert from 'node:assert/strict';
import { qrSvg, shortRoute, typedAddress } from './printAddress.ts';

test('an address prints as a reader types it', () => {
  assert.equal(typedAddress('https://www.example.org/zh-hk/opt-out/'), 'example.org/zh-hk/opt-out/');
  assert.equal(typedAddress('https://example.org/'), 'example.org');
  assert.equal(typedAddress('http://localhost:4321/faq/can-i-undo-it/'), 'localhost:4321/faq/can-i-undo-it/');
});

test('a region page prints its short link; other pages their own route', () => {
  const aliases = [{ alias: 'hk', slug: 'hong-kong' }];
  assert.equal(shortRoute('/regions/hong-kong/', aliases), '/regions/hk/');
  assert.equal(shortRoute('/regions/', aliases), '/regions/');
  assert.equal(shortRoute('/regions/canada/', aliases), '/regions/canada/');
  assert.equal(shortRoute('/opt-out/', aliases), '/opt-out/');
});

test('the QR code is SVG that scales with its box and differs by address', async () => {
  const a = await qrSvg('https://example.org/regions/hong-kong/');
  assert.match(a, /^<svg [^>]*viewBox="0 0 \d+ \d+"/);
  assert.doesNotMatch(a.slice(0, a.indexOf('>')), /\swidth=|\sheight=/);
  assert.match(a, /<path [^>]*stroke="#000000"/);
  assert.notEqual(a, await qrSvg('https://example.org/regions/canada/'));
  assert.equal(a, await qrSvg('https://example.org/regions/hong-kong/'), 'the same address gives the same code');
});
