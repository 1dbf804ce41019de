/**
 * The CSP allows only <style> tags that carry this page load's nonce, which the host writes into index.html
 * (see electron/host/rendererFiles.ts). Mantine asks for it through MantineProvider's getStyleNonce.
 */
const styleNonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';

export const getStyleNonce = () => styleNonce;

// The modal scroll lock (react-remove-scroll, inside Mantine) adds its own <style> and reads the nonce from this global.
(window as Window & { __webpack_nonce__?: string }).__webpack_nonce__ = styleNonce;
