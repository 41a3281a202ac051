import { describe, expect, it } from 'vitest';
import type { ErrorFields } from './errors.ts';
import {
  LeadpipeError,
  TerminalError,
  TransientError,
  classifyError,
  registerErrorRecogniser,
} from './errors.ts';

describe('classifyError', () => {
  it('trusts the class of a LeadpipeError', () => {
    expect(classifyError(new TransientError('E_X', 'busy'))).toBe('transient');
    expect(classifyError(new TerminalError('E_X', 'bad'))).toBe('terminal');
    expect(classifyError(new LeadpipeError('E_X', 'plain'))).toBe('terminal');
  });

  it('calls network failures of Node transient, and anything unknown terminal', () => {
    expect(classifyError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBe('transient');
    expect(classifyError(new Error('a bug'))).toBe('terminal');
    expect(classifyError('a string')).toBe('terminal');
  });

  it('asks registered client recognisers, then the cause', () => {
    const recognise = (e: ErrorFields): 'transient' | undefined =>
      e.name === 'TestBusyError' ? 'transient' : undefined;
    registerErrorRecogniser(recognise);
    registerErrorRecogniser(recognise);
    const busy = Object.assign(new Error('busy'), { name: 'TestBusyError' });
    expect(classifyError(busy)).toBe('transient');
    expect(classifyError(new Error('wrapped', { cause: busy }))).toBe('transient');
  });
});
