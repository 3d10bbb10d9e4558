import { authHeaders } from './api.js';

// The Kaiten contract, and the admin API's own document when this mock serves one.
const urls = await (await fetch('/__admin/docs/documents')).json();
window.ui = SwaggerUIBundle({
  urls,
  dom_id: '#swagger-ui',
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: 'StandaloneLayout',
  validatorUrl: null,
  // Calls to the admin API carry the admin token from this tab's session, never in the URL.
  // "Try it out" calls this mock instead of the contract's Kaiten server.
  requestInterceptor: (request) => {
    const url = new URL(request.url, location.href);
    if (url.hostname.endsWith('.kaiten.ru')) {
      request.url = location.origin + url.pathname + url.search;
    } else if (url.origin === location.origin && url.pathname.startsWith('/__admin/')) {
      Object.assign(request.headers, authHeaders());
    }
    return request;
  },
});
