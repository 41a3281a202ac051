import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';

/** Props of {@link ErrorBoundary}. */
export interface ErrorBoundaryProps {
  children: ReactNode;
  /** Changing it clears a caught error (e.g. the section's name, so navigating away recovers). */
  resetKey?: string;
}

interface State {
  error: Error | null;
  resetKey: string | undefined;
}

/**
 * Keeps a crash inside one section: the rest of the dashboard stays usable, and the error shows where
 * the section was (a lazy chunk that failed to download lands here too).
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('leadpipe dashboard: a section crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error)
      return <ErrorNotice error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
