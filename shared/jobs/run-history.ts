/**
 * The run history data plane: where pipeline steps (child runs), their errors and their log files are.
 * Its host comes from the workspace's discovery document (`api`). It is called with a token for Azure ML's own
 * audience (https://ml.azure.com), kept and refreshed apart from the ARM token; it accepts the ARM token too
 * (what azure-ai-ml sends), so either works against the service.
 */
import { errorMessage } from '../core/errors.js';
import { mlScope } from '../azure/cloud.js';
import type { AzureSession } from '../azure/session.js';
import { anonymousGetter, authenticatedGetter } from './data-plane.js';
import type { HttpGetter } from './data-plane.js';

/** A run as run history returns it (the fields we read). */
export interface RunRecord {
  runId: string;
  parentRunId?: string;
  /** For a pipeline step: the node name in the YAML. */
  displayName?: string;
  name?: string;
  status?: string;
  startTimeUtc?: string;
  endTimeUtc?: string;
  properties?: Record<string, string>;
  error?: { error?: { code?: string; message?: string } };
}

export interface RunDetails extends RunRecord {
  /** Relative log path -> SAS URL (read without a token). */
  logFiles?: Record<string, string>;
}

interface RunPage {
  value?: RunRecord[];
  nextLink?: string;
  continuationToken?: string;
}

/** Guards against a service that keeps handing out continuation tokens. */
const MAX_PAGES = 100;

export class RunHistory {
  constructor(
    /** `{api}/history/v1.0/subscriptions/.../workspaces/{ws}` */
    readonly baseUrl: string,
    private readonly http: HttpGetter,
  ) {}

  /**
   * Finds the run history host of the session's workspace. Returns undefined (after a warning) when it
   * cannot be reached: the job is then followed by its own status alone.
   */
  static async connect(session: AzureSession, http?: HttpGetter): Promise<RunHistory | undefined> {
    const { subscriptionId, resourceGroup, workspace } = session.workspace;
    try {
      const ws = await session.ml.workspace.get();
      const discoveryUrl = ws.properties.discoveryUrl;
      if (!discoveryUrl) throw new Error('the workspace has no discoveryUrl');
      const discovery = await anonymousGetter().getJson<{ api?: string }>(discoveryUrl);
      if (!discovery?.api) throw new Error(`the discovery document at ${discoveryUrl} names no 'api' host`);
      const base =
        `${discovery.api.replace(/\/+$/, '')}/history/v1.0/subscriptions/${subscriptionId}` +
        `/resourceGroups/${resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${workspace}`;
      return new RunHistory(base, http ?? authenticatedGetter(session.credential, mlScope(session.cloud)));
    } catch (error) {
      session.log.warning(
        `Step statuses are unavailable (run history could not be reached: ${errorMessage(error)}); ` +
          'following the pipeline job status only.',
      );
      return undefined;
    }
  }

  runUrl(runId: string): string {
    return `${this.baseUrl}/runs/${encodeURIComponent(runId)}`;
  }

  run(runId: string, abortSignal?: AbortSignal): Promise<RunRecord> {
    return this.http.getJson<RunRecord>(this.runUrl(runId), abortSignal);
  }

  details(runId: string, abortSignal?: AbortSignal): Promise<RunDetails> {
    return this.http.getJson<RunDetails>(`${this.runUrl(runId)}/details`, abortSignal);
  }

  /** Every child run of `runId` (the steps of a pipeline job), across pages. */
  async children(runId: string, abortSignal?: AbortSignal): Promise<RunRecord[]> {
    const first = `${this.runUrl(runId)}/children`;
    const runs: RunRecord[] = [];
    let url: string | undefined = first;
    for (let page = 0; url && page < MAX_PAGES; page++) {
      const body: RunPage = await this.http.getJson<RunPage>(url, abortSignal);
      runs.push(...(body.value ?? []));
      url = body.nextLink || (body.continuationToken ? withToken(first, body.continuationToken) : undefined);
    }
    return runs;
  }
}

function withToken(url: string, token: string): string {
  return `${url}?$continuationtoken=${encodeURIComponent(token)}`;
}
