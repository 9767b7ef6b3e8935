// The real OAuth2 authorization server the tests start on loopback (tests/support/oauth.rs):
// oauth2-mock-server (authorization code with PKCE checked, RS256 JWT access tokens, refresh
// grants), with what a mail provider adds: the `email` claim Dovecot's oauth2 passdb reads, refresh
// tokens that are honoured only when this server issued them (and not once the test has revoked
// them), and the person saying no on the sign-in page.
//
//   node server.js --host IP --port N --cert PEM --key PEM --dir DIR --email ADDRESS [--deny]
//
// Writes DIR/key.pem (the signing key's public half, for Dovecot), DIR/kid, appends every
// authorization request's query to DIR/authorize.log, and prints "ready" once listening.
// While the file DIR/revoked exists, every refresh grant is refused with invalid_grant.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { OAuth2Server } = require('oauth2-mock-server');

function args() {
  const out = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (name === 'deny') {
      out.deny = true;
    } else {
      out[name] = argv[++i];
    }
  }
  return out;
}

async function main() {
  const a = args();
  const server = new OAuth2Server(a.key, a.cert);
  const jwk = await server.issuer.keys.generate('RS256');
  const pub = crypto.createPublicKey({ key: jwk, format: 'jwk' });
  fs.writeFileSync(path.join(a.dir, 'key.pem'), pub.export({ type: 'spki', format: 'pem' }));
  fs.writeFileSync(path.join(a.dir, 'kid'), jwk.kid);
  const issued = new Set();

  server.service.on('beforeTokenSigning', (token) => {
    token.payload.email = a.email;
  });
  server.service.on('beforeAuthorizeRedirect', (redirect, req) => {
    fs.appendFileSync(path.join(a.dir, 'authorize.log'), JSON.stringify(req.query) + '\n');
    if (a.deny) {
      redirect.url.searchParams.delete('code');
      redirect.url.searchParams.set('error', 'access_denied');
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
  await server.start(Number(a.port), a.host);
  process.stdout.write('ready\n');
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
