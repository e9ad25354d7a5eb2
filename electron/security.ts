import type { Session, WebContents } from 'electron';
import { isTrustedAppUrl, type AppOrigin } from './trusted-url';

/**
 * Guards for one web contents. The renderer never needs to leave its own pages: it routes by
 * hash, saves and prints through the bridge, and shows no foreign content, so anything else is
 * refused rather than opened in an external browser.
 */
export function hardenWebContents(contents: WebContents, appOrigin: AppOrigin): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string): void => {
    if (!isTrustedAppUrl(url, appOrigin)) {
      event.preventDefault();
      console.warn(`[security] navigation refused: ${url}`);
    }
  };
  contents.on('will-navigate', (event) => refuseForeign(event, event.url));
  // Sub-frames navigate without 'will-navigate'; the app has no frames, so none may load foreign pages.
  contents.on('will-frame-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-redirect', (event) => refuseForeign(event, event.url));

  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`[security] new window refused: ${url}`);
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    console.warn('[security] webview refused');
  });
}

/**
 * No web permission (camera, microphone, geolocation, notifications, clipboard reads, …) is
 * granted: the app's features need none, and a denied check cannot leak data.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    console.warn(`[security] permission refused: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}
