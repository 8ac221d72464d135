/** What an upload reports back: the artifact's id and the zip's size, when the service gave them. */
export interface UploadedArtifact {
  id?: number;
  size?: number;
}

/**
 * Uploads files as a workflow artifact. Behind an interface because the artifact service exists only on a
 * runner (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN): entries take one so a caller can pass another.
 */
export interface ArtifactUploader {
  /** `files` are absolute paths under `rootDirectory`; their paths inside the zip are relative to it. */
  upload(name: string, files: string[], rootDirectory: string): Promise<UploadedArtifact>;
}

/**
 * The runner's artifact service through @actions/artifact (the zip goes straight to blob storage). The client
 * (with its own storage and HTTP stack) is imported on the first upload: most runs upload nothing.
 */
export function actionsArtifactUploader(): ArtifactUploader {
  return {
    async upload(name, files, root) {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      return new DefaultArtifactClient().uploadArtifact(name, files, root);
    },
  };
}
