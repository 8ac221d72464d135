/**
 * Loads the kubeconfig written by azure/k8s-set-context or azure/aks-set-context and checks, before any
 * request, that the credentials in it can work unattended: an exec plugin (kubelogin) must be on PATH and
 * must not wait for a device-code login that nobody will complete in CI (Azure/k8s-deploy#239).
 */
import { KubeConfig } from '@kubernetes/client-node';
import { constants } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';

export type KubeconfigSource = { file: string } | { content: string };

export interface ExecPlugin {
  command: string;
  args?: string[];
  env?: { name: string; value: string }[] | null;
  installHint?: string;
}

async function isExecutable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** Resolves an exec plugin command as kubectl does: a path relative to the kubeconfig, else a PATH lookup. */
export async function findExecutable(
  command: string,
  searchPath: string,
  configDir: string,
): Promise<string | undefined> {
  if (command.includes('/')) {
    const file = path.resolve(configDir, command);
    return (await isExecutable(file)) ? file : undefined;
  }
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, command);
    if (await isExecutable(file)) return file;
  }
  return undefined;
}

/** kubelogin's default login mode is an interactive device code, which hangs a CI job until it times out. */
function waitsForDeviceCode(plugin: ExecPlugin): boolean {
  if (path.basename(plugin.command) !== 'kubelogin') return false;
  const args = plugin.args ?? [];
  const flag = args.findIndex((a) => a === '--login' || a === '-l');
  const inline = args.find((a) => a.startsWith('--login=') || a.startsWith('-l='));
  const fromEnv = plugin.env?.find((e) => e.name === 'AAD_LOGIN_METHOD')?.value;
  const mode = inline?.split('=')[1] ?? (flag >= 0 ? args[flag + 1] : undefined) ?? fromEnv ?? 'devicecode';
  return mode === 'devicecode';
}

export async function checkExecPlugin(
  plugin: ExecPlugin,
  user: string,
  searchPath: string,
  configDir: string,
): Promise<void> {
  const found = await findExecutable(plugin.command, searchPath, configDir);
  if (!found) {
    const hint =
      plugin.installHint?.trim() ||
      (path.basename(plugin.command) === 'kubelogin'
        ? 'Add the azure/use-kubelogin step before this one.'
        : 'Install it in an earlier step.');
    throw new UserError(
      `The kubeconfig user '${user}' authenticates with the exec plugin '${plugin.command}', which is not on PATH. ${hint}`,
    );
  }
  if (waitsForDeviceCode(plugin)) {
    throw new UserError(
      `The kubeconfig user '${user}' runs kubelogin in devicecode mode, which waits for an interactive login. ` +
        'Run `kubelogin convert-kubeconfig -l azurecli` (after azure/login) or `-l workloadidentity` first.',
    );
  }
}

export interface LoadedKubeconfig {
  config: KubeConfig;
  /** The current context's namespace, or `default`. */
  namespace: string;
  /** Where the cluster is, for messages. */
  server: string;
}

/** Loads the kubeconfig, masks its secrets, and checks its exec plugin; no request is made. */
export async function loadKubeconfig(
  source: KubeconfigSource,
  log: Logger,
  searchPath: string,
): Promise<LoadedKubeconfig> {
  const content = 'content' in source ? source.content : await readFile(source.file, 'utf8').catch(() => undefined);
  if (content === undefined) {
    throw new UserError(
      `No kubeconfig at '${'file' in source ? source.file : ''}'. Run azure/aks-set-context or azure/k8s-set-context first, or set the 'kubeconfig' input.`,
    );
  }
  const config = new KubeConfig();
  try {
    config.loadFromString(content);
  } catch (error) {
    throw new UserError(`The kubeconfig cannot be read: ${(error as Error).message}`);
  }
  const user = config.getCurrentUser();
  const cluster = config.getCurrentCluster();
  if (!cluster)
    throw new UserError(`The kubeconfig has no cluster for its current context '${config.getCurrentContext()}'.`);
  for (const secret of [user?.token, user?.password, user?.keyData]) if (secret) log.secret(secret);
  if (user?.exec) {
    const configDir = 'file' in source ? path.dirname(path.resolve(source.file)) : process.cwd();
    await checkExecPlugin(user.exec as ExecPlugin, user.name, searchPath, configDir);
  }
  const namespace = config.getContextObject(config.getCurrentContext())?.namespace || 'default';
  return { config, namespace, server: cluster.server };
}
