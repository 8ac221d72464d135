/** Collects body problems so one 400 names all of them, as the service's validation errors do. */
import type { ArmErrorDetail } from '../http.js';
import { ArmError } from '../http.js';

export class Problems {
  private readonly details: ArmErrorDetail[] = [];

  add(target: string, message: string): void {
    this.details.push({ code: 'InvalidProperty', target, message });
  }

  /** Records a problem when `value` is missing (undefined, null or ''). */
  required(target: string, value: unknown): void {
    if (value === undefined || value === null || value === '') this.add(target, `The field '${target}' is required.`);
  }

  throwIfAny(what: string): void {
    if (this.details.length === 0) return;
    const summary = this.details.map((d) => d.message).join(' ');
    throw new ArmError(400, 'ValidationError', `${what} is invalid: ${summary}`, this.details);
  }
}
