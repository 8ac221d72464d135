import { UserError, errorMessage } from '../core/errors.js';

interface RestErrorLike {
  statusCode?: number;
  code?: string;
  message: string;
}

function asRestError(error: unknown): RestErrorLike | undefined {
  return error instanceof Error && ('statusCode' in error || 'code' in error) ? (error as RestErrorLike) : undefined;
}

export function isNotFound(error: unknown): boolean {
  return asRestError(error)?.statusCode === 404;
}

/**
 * Turns what ARM answered into a message that says what we were doing, what the service said,
 * and, for the usual permission problems, what to grant.
 */
export function describeAzureFailure(doing: string, error: unknown): UserError {
  const rest = asRestError(error);
  const said = rest?.message ?? errorMessage(error);
  const code = rest?.code && !said.includes(rest.code) ? ` (${rest.code})` : '';
  let hint = '';
  if (rest?.statusCode === 401)
    hint = '\nThe sign-in was refused: check the credential and that it belongs to the workspace tenant.';
  if (rest?.statusCode === 403) {
    hint =
      '\nThe identity lacks permission. Grant it "AzureML Data Scientist" on the workspace (and "AzureML Compute Operator" to manage compute).';
  }
  return new UserError(`${doing} failed: ${said}${code}${hint}`);
}

/** Runs an Azure call, turning its failure into a UserError that says what was being done. */
export async function callAzure<T>(doing: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw describeAzureFailure(doing, error);
  }
}
