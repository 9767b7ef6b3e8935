// The real OAuth2 authorization server the tests start on loopback (tests/support/oauth.rs):
// oauth2-mock-server (authorization code with PKCE checked, RS256 JWT access tokens, refresh
// grants), with what a mail provider adds: the `email` claim Dovecot's oauth2 passdb reads, refresh
// tokens that are honoured only when this server issued them (and not once the test has revoked
// them), and the person saying no on the sign-in page.
//
//   node server.js --host IP --port N --cert PEM --key PEM --dir DIR --email ADDRESS [--deny]
//                  [--issuer URL] [--dynamic] [--wrong-iss] [--consent-required]
//
// Writes DIR/key.pem (the signing key's public half, for Dovecot), DIR/kid, appends every
// authorization request's query to DIR/authorize.log, and prints "ready" once listening.
// While the file DIR/revoked exists, every refresh grant is refused with invalid_grant.
//
// --deny: the redirect after sign-in carries error=access_denied instead of a code.
// --issuer URL: the issuer identifier (say https://login.dyn.test:8443): the JWTs' `iss`, the
//   OpenID metadata's issuer and endpoints, and the issuer of --dynamic. Without it the issuer is
//   what oauth2-mock-server makes of the address (https://localhost:N on 127.x).
// --dynamic: registration-free sign-in (draft-ietf-mailmaint-oauth-public):
//   GET /.well-known/oauth-authorization-server answers the RFC 8414 metadata, with
//   registration_endpoint <issuer>/register;
//   POST /register (RFC 7591, JSON) registers a public client: redirect_uris must all be http://
//   URLs on a loopback host (127.0.0.1, [::1], localhost; any port, any path, no fragment),
//   token_endpoint_auth_method must be none, grant_types (when given) must hold
//   authorization_code; 201 with the new client_id, else 400 invalid_redirect_uri or
//   invalid_client_metadata. Every request body is appended to DIR/register.log, one JSON line.
//   The token endpoint refuses (401 invalid_client) a client_id this process did not register;
//   /authorize still lets any client through. When the file DIR/forget-clients appears, every
//   client registered until then is forgotten (a provider that dropped our registration); clients
//   registered after that are known again. Every authorization redirect carries iss=<issuer>
//   (RFC 9207).
// --wrong-iss: the authorization redirect carries iss=https://evil.example.
// --consent-required: the authorization redirect carries no code but error=consent_required and
//   the description a Microsoft tenant that restricts user consent gives (AADSTS65001).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { OAuth2Server } = require('oauth2-mock-server');

const SWITCHES = new Set(['deny', 'dynamic', 'wrong-iss', 'consent-required']);

function args() {
  const out = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (SWITCHES.has(name)) {
      out[name] = true;
    } else {
      out[name] = argv[++i];
    }
  }
  return out;
}

const CONSENT_REQUIRED =
  "AADSTS65001: The user or administrator has not consented to use the application with ID 'x'. " +
  'Send an interactive authorization request for this user and resource.';

// A redirect URI a native app may register: http on a loopback host, any port and path.
function loopbackRedirect(uri) {
  if (typeof uri !== 'string') {
    return false;
  }
  let url;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  return (
    url.protocol === 'http:' &&
    ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname) &&
    url.username === '' &&
    url.password === '' &&
    url.hash === '' &&
    !uri.includes('#')
  );
}

// Why this registration request is refused, as the error body; undefined: it is fine.
function refusal(body) {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { error: 'invalid_client_metadata', error_description: 'the body is not a JSON object' };
  }
  const uris = body.redirect_uris;
  if (!Array.isArray(uris) || uris.length === 0 || !uris.every(loopbackRedirect)) {
    return { error: 'invalid_redirect_uri' };
  }
  if (body.token_endpoint_auth_method !== 'none') {
    return {
      error: 'invalid_client_metadata',
      error_description: 'token_endpoint_auth_method must be none (a public client)',
    };
  }
  if (
    body.grant_types !== undefined &&
    !(Array.isArray(body.grant_types) && body.grant_types.includes('authorization_code'))
  ) {
    return {
      error: 'invalid_client_metadata',
      error_description: 'grant_types must include authorization_code',
    };
  }
  return undefined;
}

// The client a token request names: HTTP Basic authentication, else the body's client_id.
function tokenClient(req, body) {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && /^basic /i.test(auth)) {
    const pair = Buffer.from(auth.slice(6).trim(), 'base64').toString('utf8');
    const name = pair.split(':')[0];
    try {
      return decodeURIComponent(name.replace(/\+/g, ' '));
    } catch {
      return name;
    }
  }
  return typeof body.client_id === 'string' ? body.client_id : undefined;
}

// Parses a token request's body the way the token route would (form or JSON).
function parseBody(req, raw) {
  const type = String(req.headers['content-type'] || '').toLowerCase();
  if (type.startsWith('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
  }
  if (type.startsWith('application/json') && raw.length > 0) {
    const body = JSON.parse(raw.toString('utf8'));
    if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
      return body;
    }
    throw new Error('the body is not a JSON object');
  }
  return {};
}

function sendJson(res, status, body) {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    Pragma: 'no-cache',
  });
  res.end(JSON.stringify(body));
}

async function main() {
  const a = args();
  const server = new OAuth2Server(a.key, a.cert);
  if (a.issuer) {
    // Set before start(), which only fills it in when empty.
    server.issuer.url = a.issuer;
  }
  const jwk = await server.issuer.keys.generate('RS256');
  const pub = crypto.createPublicKey({ key: jwk, format: 'jwk' });
  fs.writeFileSync(path.join(a.dir, 'key.pem'), pub.export({ type: 'spki', format: 'pem' }));
  fs.writeFileSync(path.join(a.dir, 'kid'), jwk.kid);
  const issued = new Set();
  const issuer = () => a.issuer || server.issuer.url;
  const base = () => issuer().replace(/\/+$/, '');

  server.service.on('beforeTokenSigning', (token) => {
    token.payload.email = a.email;
  });
  server.service.on('beforeAuthorizeRedirect', (redirect, req) => {
    fs.appendFileSync(path.join(a.dir, 'authorize.log'), JSON.stringify(req.query) + '\n');
    const p = redirect.url.searchParams;
    if (a.deny) {
      p.delete('code');
      p.set('error', 'access_denied');
    }
    if (a['consent-required']) {
      p.delete('code');
      p.set('error', 'consent_required');
      p.set('error_description', CONSENT_REQUIRED);
    }
    if (a['wrong-iss']) {
      p.set('iss', 'https://evil.example');
    } else if (a.dynamic) {
      p.set('iss', issuer());
    }
  });
  server.service.on('beforeResponse', (response, req) => {
    if (req.body.grant_type === 'refresh_token') {
      const revoked = fs.existsSync(path.join(a.dir, 'revoked'));
      if (revoked || !issued.has(req.body.refresh_token)) {
        response.statusCode = 400;
        response.body = { error: 'invalid_grant', error_description: 'refresh token not valid' };
        return;
      }
    }
    if (response.body && response.body.refresh_token) {
      issued.add(response.body.refresh_token);
    }
  });

  if (a.dynamic) {
    dynamic(server.service.requestHandler, a, issuer, base);
  }

  await server.start(Number(a.port), a.host);
  process.stdout.write('ready\n');
}

// Registration-free sign-in on oauth2-mock-server's express app (`service.requestHandler`, the
// https server's request listener): the metadata and /register as two more routes (after the
// mock's own, which do not match them; its global express.json() has parsed the body), and the
// client check in front of the token route, by wrapping `app.handle` (what the app function calls
// for every request), since routes added now would only run after the mock's token handler.
function dynamic(app, a, issuer, base) {
  const clients = new Set();
  const forgetFile = path.join(a.dir, 'forget-clients');
  let forgotten;
  // Once DIR/forget-clients appears (or changes), everyone registered until then is unknown.
  const noticeForget = () => {
    let st;
    try {
      st = fs.statSync(forgetFile);
    } catch {
      return;
    }
    const seen = `${st.ino}:${st.mtimeMs}`;
    if (seen !== forgotten) {
      forgotten = seen;
      clients.clear();
    }
  };

  app.get('/.well-known/oauth-authorization-server', (_req, res) => {
    res.set('Cache-Control', 'no-store');
    res.json({
      issuer: issuer(),
      authorization_endpoint: `${base()}/authorize`,
      token_endpoint: `${base()}/token`,
      registration_endpoint: `${base()}/register`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none'],
      scopes_supported: ['urn:ietf:params:oauth:scope:mail', 'offline_access', 'openid', 'email'],
      authorization_response_iss_parameter_supported: true,
    });
  });

  app.post('/register', (req, res) => {
    const body = req.body;
    fs.appendFileSync(path.join(a.dir, 'register.log'), JSON.stringify(body ?? null) + '\n');
    res.set({ 'Cache-Control': 'no-store', Pragma: 'no-cache' });
    const no = refusal(body);
    if (no) {
      return res.status(400).json(no);
    }
    noticeForget();
    const clientId = crypto.randomBytes(16).toString('hex');
    clients.add(clientId);
    return res.status(201).json({
      client_id: clientId,
      client_id_issued_at: Math.floor(Date.now() / 1000),
      client_name: body.client_name,
      redirect_uris: body.redirect_uris,
      grant_types: body.grant_types ?? ['authorization_code'],
      token_endpoint_auth_method: 'none',
      application_type: body.application_type ?? 'native',
    });
  });

  // A /register body that is not JSON at all: express.json() fails before the route.
  app.use((err, req, res, next) => {
    if (req.path !== '/register') {
      return next(err);
    }
    fs.appendFileSync(path.join(a.dir, 'register.log'), JSON.stringify(null) + '\n');
    return res
      .status(400)
      .json({ error: 'invalid_client_metadata', error_description: 'the body is not JSON' });
  });

  const handle = app.handle;
  app.handle = function (req, res, callback) {
    const pathname = new URL(req.url, 'http://x').pathname.replace(/\/$/, '').toLowerCase();
    if (req.method !== 'POST' || pathname !== '/token') {
      return handle.call(this, req, res, callback);
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('error', (e) => callback(e));
    req.on('end', () => {
      let body;
      try {
        body = parseBody(req, Buffer.concat(chunks));
      } catch (e) {
        return sendJson(res, 400, { error: 'invalid_request', error_description: e.message });
      }
      // Parsed: body-parser (express.json, express.urlencoded) skips a request with `_body` set.
      req.body = body;
      req._body = true;
      noticeForget();
      const id = tokenClient(req, body);
      if (id === undefined || !clients.has(id)) {
        return sendJson(res, 401, {
          error: 'invalid_client',
          error_description: 'unknown client_id',
        });
      }
      return handle.call(this, req, res, callback);
    });
    return undefined;
  };
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
