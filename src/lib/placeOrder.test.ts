import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortByPlaceName } from './placeOrder.ts';

test('Chinese place names go in stroke order, English ones alphabetically', () => {
  const zh = ['德國', '香港', '加拿大', '丹麥', '英國', '冰島'];
  assert.deepEqual(
    sortByPlaceName(zh, (n) => n, 'zh-hk'),
    ['丹麥', '加拿大', '冰島', '英國', '香港', '德國'],
  );
  assert.deepEqual(
    sortByPlaceName(['Germany', 'Canada', 'Åland'], (n) => n, 'en'),
    ['Åland', 'Canada', 'Germany'],
  );
});
