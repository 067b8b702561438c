import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergePolicies } from './securityHeaders.ts';

test('mergePolicies unions sources per directive, once each, in order', () => {
  assert.equal(
    mergePolicies([
      "default-src 'self'; script-src 'self' 'sha256-a'",
      "default-src 'self';script-src 'self' 'sha256-b'; style-src 'self'",
    ]),
    "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'",
  );
  assert.equal(mergePolicies([]), '');
});
