import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { AzureSession } from '../azure/session.js';
import { codeSnapshot } from '../pipeline/hashing.js';
import type { DataType } from '../pipeline/ports.js';
import { uploadFolder } from '../storage/upload.js';

/**
 * Uploads a local data path of a pipeline (`path: ./data/toy`) to the default datastore under
 * `LocalUpload/<content hash>/...`, as `az ml` does, and returns its `azureml://datastores/...` URI.
 * The same content is uploaded once: a later run finds the completed upload and sends nothing.
 */
export async function uploadLocalData(session: AzureSession, localPath: string, type: DataType): Promise<string> {
  // Imported on use: the datastore's access brings @azure/storage-blob (1.4 MB), which a pipeline without local
  // data never needs.
  const { datastoreAccess, defaultDatastoreName, getBlobDatastore } = await import('../storage/datastore.js');
  const snapshot = await codeSnapshot(localPath);
  const datastore = await getBlobDatastore(session, await defaultDatastoreName(session));
  const isFile = (await stat(localPath)).isFile();
  const source = isFile ? path.dirname(localPath) : localPath;
  const uploaded = await uploadFolder(datastoreAccess(session, datastore), {
    source,
    hash: snapshot.contentHash,
    files: snapshot.files.map((f) => f.relativePath),
    dirName: isFile ? 'data' : path.basename(path.resolve(localPath)),
    log: session.log,
  });
  const blobPath = isFile ? `${uploaded.prefix}/${snapshot.files[0].relativePath}` : `${uploaded.prefix}/`;
  session.log.info(`Local ${type} ${localPath} -> azureml://datastores/${datastore.name}/paths/${blobPath}`);
  return `azureml://datastores/${datastore.name}/paths/${blobPath}`;
}
