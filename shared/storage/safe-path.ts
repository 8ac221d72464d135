import path from 'node:path';

/**
 * Where a blob lands under `destination`, or why it must not be written. Blob names are remote input:
 * a name such as `model/../../.bashrc` or `/etc/cron.d/x` must never leave the destination folder.
 */
export function localPathFor(destination: string, relativeName: string): { path: string } | { refused: string } {
  if (relativeName === '') return { refused: 'empty name' };
  if (relativeName.includes('\0')) return { refused: 'contains a NUL character' };
  if (relativeName.startsWith('/') || relativeName.startsWith('\\') || /^[A-Za-z]:/.test(relativeName)) {
    return { refused: 'absolute name' };
  }
  const segments = relativeName.split(/[\\/]/);
  if (segments.some((s) => s === '..')) return { refused: "contains a '..' segment" };
  const root = path.resolve(destination);
  const target = path.resolve(root, ...segments.filter((s) => s !== '' && s !== '.'));
  const inside = path.relative(root, target);
  const escapes = inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside);
  if (inside === '' || escapes) return { refused: 'leaves the destination' };
  return { path: target };
}
