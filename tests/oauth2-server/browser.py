#!/usr/bin/env python3
"""The test "browser", set as $BROWSER: fetches the authorization URL from the OAuth2 server (the
test CA from $MAILSETUP_TEST_CA), takes the redirect it answers and follows it to the program's
loopback listener, like a person who is already signed in at the provider. With
$MAILSETUP_TEST_BROWSER=wrong-state it alters the `state` on the way (a forged answer). The page the
listener answers is appended to $MAILSETUP_TEST_BROWSER_LOG. $MAILSETUP_TEST_RESOLVE=HOST:IP
answers the test's host name the way the test's DNS server does (like curl's --resolve), since the
system resolver does not know it."""
import os
import socket
import ssl
import sys
import urllib.error
import urllib.parse
import urllib.request


class Stop(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def pin_resolve():
    spec = os.environ.get("MAILSETUP_TEST_RESOLVE")
    if not spec:
        return
    host, ip = spec.rsplit(":", 1)
    real = socket.getaddrinfo

    def getaddrinfo(name, *args, **kwargs):
        return real(ip if name == host else name, *args, **kwargs)

    socket.getaddrinfo = getaddrinfo


def main():
    pin_resolve()
    url = sys.argv[-1]
    ctx = ssl.create_default_context(cafile=os.environ["MAILSETUP_TEST_CA"])
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}), urllib.request.HTTPSHandler(context=ctx), Stop()
    )
    try:
        opener.open(url, timeout=10)
        sys.exit("the authorization server did not redirect")
    except urllib.error.HTTPError as e:
        location = e.headers["Location"]
    if os.environ.get("MAILSETUP_TEST_BROWSER") == "wrong-state":
        parts = urllib.parse.urlsplit(location)
        query = urllib.parse.parse_qsl(parts.query)
        query = [(k, "forged" if k == "state" else v) for k, v in query]
        location = urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))
    plain = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    page = plain.open(location, timeout=10).read().decode()
    log = os.environ.get("MAILSETUP_TEST_BROWSER_LOG")
    if log:
        with open(log, "a") as f:
            f.write(page + "\n")


main()
