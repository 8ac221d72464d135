/** The workspace a k8s-deploy test runs the bundle in. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh workspace with a `k8s/` folder (what `manifests: k8s/` reads), holding `files` (name -> text). */
export function manifestsWorkspace(prefix: string, files: Record<string, string> = {}): string {
  const workspace = mkdtempSync(path.join(tmpdir(), prefix));
  mkdirSync(path.join(workspace, 'k8s'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(workspace, 'k8s', name), text);
  return workspace;
}
