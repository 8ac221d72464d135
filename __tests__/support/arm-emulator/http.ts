/** The request and response values handlers work with, and the ARM error envelope. */
import type { IncomingHttpHeaders } from 'node:http';
import type { JsonValue } from './json.js';

export interface EmuRequest {
  method: string;
  /** Path without query, percent-decoded per segment by the router (params) but kept raw here. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (undefined when empty), or the form fields of a urlencoded body. */
  body: JsonValue | undefined;
  form: URLSearchParams | undefined;
  /**
   * Origin the client addressed (`https://` + Host header). Absolute URLs the emulator hands out (nextLink, poll
   * URLs, discovery) use it, so a client that reached the emulator as management.azure.com through the proxy gets
   * management.azure.com URLs back and keeps going through the proxy.
   */
  origin: string;
  /** Path parameters captured by the route pattern. */
  params: Record<string, string>;
}

export interface EmuResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON body; omitted for bodiless answers such as 202 of compute start. */
  body?: JsonValue;
  /** Plain-text body (log files). */
  text?: string;
}

export type Handler = (req: EmuRequest) => EmuResponse | Promise<EmuResponse>;

export interface ArmErrorDetail {
  code: string;
  message: string;
  target?: string;
}

/** Thrown by handlers; the server answers with `{"error":{code,message,details?}}` and this status. */
export class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ArmErrorDetail[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toResponse(): EmuResponse {
    const error: Record<string, JsonValue> = { code: this.code, message: this.message };
    if (this.details.length > 0) error.details = this.details.map((d) => ({ ...d }));
    return { status: this.status, headers: this.headers, body: { error } };
  }
}

export const badRequest = (message: string, details: ArmErrorDetail[] = [], code = 'UserError') =>
  new ArmError(400, code, message, details);

export const json = (status: number, body: JsonValue, headers: Record<string, string> = {}): EmuResponse => ({
  status,
  body,
  headers,
});
