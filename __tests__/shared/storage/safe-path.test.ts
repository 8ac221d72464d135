import path from 'node:path';
import { localPathFor } from '../../../shared/storage/safe-path.js';

const root = path.resolve('/tmp/dest');

describe('localPathFor', () => {
  test.each([
    ['model.pkl', path.join(root, 'model.pkl')],
    ['a/b/c.txt', path.join(root, 'a', 'b', 'c.txt')],
    ['a/./b.txt', path.join(root, 'a', 'b.txt')],
    ['a//b.txt', path.join(root, 'a', 'b.txt')],
    ['..hidden/x', path.join(root, '..hidden', 'x')],
    ['a..b', path.join(root, 'a..b')],
  ])('keeps %s inside the destination', (name, expected) => {
    expect(localPathFor(root, name)).toEqual({ path: expected });
  });

  test.each([
    ['../x', "contains a '..' segment"],
    ['a/../../x', "contains a '..' segment"],
    ['a\\..\\..\\x', "contains a '..' segment"],
    ['/etc/passwd', 'absolute name'],
    ['\\\\server\\share', 'absolute name'],
    ['C:/Windows/x', 'absolute name'],
    ['c:x', 'absolute name'],
    ['', 'empty name'],
    ['.', 'leaves the destination'],
    ['a/\0b', 'contains a NUL character'],
  ])('refuses %j (%s)', (name, reason) => {
    expect(localPathFor(root, name)).toEqual({ refused: reason });
  });
});
