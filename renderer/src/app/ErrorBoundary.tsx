import { Component, type ReactNode } from 'react';
import { Button, Result } from 'antd';
import { i18n } from '../i18n';

/**
 * The last line of defence: a screen that fails to render shows what happened and a way back,
 * instead of a blank window. Nothing is lost — every saved change is already in the database.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Result
        status="error"
        title={i18n.t('errors.screenFailed')}
        subTitle={`${i18n.t('errors.screenFailedHint')} (${error.message})`}
        extra={<Button type="primary" onClick={() => window.location.reload()}>{i18n.t('errors.reload')}</Button>}
      />
    );
  }
}
