/** What route handlers share: settings, store, faults, and the log of requests. */
import type { Faults } from './faults.js';
import type { EmulatorSettings } from './options.js';
import type { EmulatorState } from './state.js';

export interface EmulatorContext {
  settings: EmulatorSettings;
  state: EmulatorState;
  faults: Faults;
  /** Key signing the emulator's JWTs (access tokens and GitHub ID tokens). */
  signingKey: Buffer;
}
