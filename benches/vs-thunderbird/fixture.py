#!/usr/bin/python3
"""The fake internet for benches/vs-thunderbird: scenarios, their files, servers and a self-check.

  fixture.py prepare WORK RUNS   write the CA, certificates, dnsmasq/Dovecot configuration, the
                                 web routes and both run plans into WORK
  fixture.py serve WORK          the web server (HTTPS 443 + HTTP 80) and the hanging host
  fixture.py check WORK          prove every scenario's records and servers answer as intended

Every run of every scenario gets a domain of its own (`autoconfig-3.test` is run 3 of
"autoconfig"), so that one long-lived Thunderbird process never profits from a name, connection
or answer it saw in an earlier run. Run 0 is the warm-up, measured by neither tool.

Python standard library only.
"""

import json
import os
import socket
import socketserver
import ssl
import struct
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

# Loopback addresses inside the network namespace, one per role.
DNS_IP = "127.0.0.53"
WEB_IP = "127.0.0.80"  # every autoconfig / well-known / ISPDB host: HTTPS 443 and HTTP 80
MAIL_IP = "127.0.0.25"  # every mail host: one Dovecot, all standard ports
HANG_IP = "127.0.0.99"  # accepts TCP on 443 and 80, then says nothing, ever

ISPDB_HOST = "ispdb.test"
ISPDB_URL = f"https://{ISPDB_HOST}/v1.1/"  # the stand-in for https://autoconfig.thunderbird.net/v1.1/

# The ports Dovecot listens on: what a typical mail host offers.
MAIL_PORTS = {"imap": 143, "imaps": 993, "pop3": 110, "pop3s": 995, "submission": 587, "submissions": 465}

# (key, what the domain publishes). The order is the order of the table.
SCENARIOS = [
    ("autoconfig", "autoconfig.DOMAIN over HTTPS"),
    ("well-known", "DOMAIN/.well-known/autoconfig over HTTPS"),
    ("mx-ispdb", "MX → provider in the ISPDB"),
    ("srv", "SRV records only (RFC 6186/8314)"),
    ("guess", "nothing published, real servers to guess"),
    ("hanging", "autoconfig host hangs, SRV records answer"),
    ("nothing", "nothing at all (NXDOMAIN)"),
]
# The warm-up run (run 0) before the measured ones, for each tool: HTTPS and XML, then the guesser.
WARMUP = ["autoconfig", "nothing"]


def domain(scenario, run):
    return f"{scenario}-{run}.test"


def provider(run):
    """The mail provider the mx-ispdb domain of this run hands its mail to."""
    return f"provider-{run}.test"


def address(scenario, run):
    return f"alice@{domain(scenario, run)}"


def config_xml(for_domain, imap_host, smtp_host):
    """A Thunderbird autoconfig file (config-v1.1.xml): IMAP 993 TLS and SMTP 465 TLS."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="{for_domain}">
    <domain>{for_domain}</domain>
    <displayName>Benchmark mail for {for_domain}</displayName>
    <displayShortName>{for_domain}</displayShortName>
    <incomingServer type="imap">
      <hostname>{imap_host}</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>{smtp_host}</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>
"""


class Fixture:
    """Everything one run of one scenario puts into DNS and onto the servers."""

    def __init__(self):
        self.hosts = {}  # name -> IP (A records)
        self.dns_lines = []  # other dnsmasq records (MX, SRV)
        self.routes = {}  # "host path" -> body, served over HTTPS and HTTP
        self.must_not_resolve = []  # names the self-check expects NXDOMAIN for
        self.dns_checks = []  # (name, qtype) that must have an answer

    def host(self, name, ip):
        self.hosts[name] = ip

    def mx(self, name, target):
        self.dns_lines.append(f"mx-host={name},{target},10")
        self.dns_checks.append((name, 15))

    def srv(self, name, target, port):
        self.dns_lines.append(f"srv-host={name},{target},{port},0,1")
        self.dns_checks.append((name, 33))

    def route(self, host, path, body):
        self.routes[f"{host} {path}"] = body


def build(scenario, run, fx):
    """Adds one run of one scenario to the fixture; returns what a correct answer is.

    The answer is (incoming choices, outgoing choices): each a list of acceptable
    (host, port, security) — more than one where a guesser may fairly pick either port.
    """
    d = domain(scenario, run)
    tls = "tls"
    if scenario == "autoconfig":
        fx.host(f"autoconfig.{d}", WEB_IP)
        fx.route(f"autoconfig.{d}", "/mail/config-v1.1.xml", config_xml(d, f"imap.{d}", f"smtp.{d}"))
        fx.host(f"imap.{d}", MAIL_IP)
        fx.host(f"smtp.{d}", MAIL_IP)
        return [(f"imap.{d}", 993, tls)], [(f"smtp.{d}", 465, tls)]
    if scenario == "well-known":
        fx.host(d, WEB_IP)
        fx.route(d, "/.well-known/autoconfig/mail/config-v1.1.xml", config_xml(d, f"imap.{d}", f"smtp.{d}"))
        fx.host(f"imap.{d}", MAIL_IP)
        fx.host(f"smtp.{d}", MAIL_IP)
        fx.must_not_resolve.append(f"autoconfig.{d}")
        return [(f"imap.{d}", 993, tls)], [(f"smtp.{d}", 465, tls)]
    if scenario == "mx-ispdb":
        p = provider(run)
        fx.mx(d, f"mx.{p}")
        fx.host(f"mx.{p}", MAIL_IP)
        fx.host(f"imap.{p}", MAIL_IP)
        fx.host(f"smtp.{p}", MAIL_IP)
        fx.route(ISPDB_HOST, f"/v1.1/{p}", config_xml(p, f"imap.{p}", f"smtp.{p}"))
        return [(f"imap.{p}", 993, tls)], [(f"smtp.{p}", 465, tls)]
    if scenario in ("srv", "hanging"):
        # The target is a name no guesser tries, so only SRV support can find it.
        fx.srv(f"_imaps._tcp.{d}", f"mailbox.{d}", 993)
        fx.srv(f"_submissions._tcp.{d}", f"mailbox.{d}", 465)
        fx.host(f"mailbox.{d}", MAIL_IP)
        if scenario == "hanging":
            fx.host(f"autoconfig.{d}", HANG_IP)
        fx.must_not_resolve.append(f"imap.{d}")
        return [(f"mailbox.{d}", 993, tls)], [(f"mailbox.{d}", 465, tls)]
    if scenario == "guess":
        fx.host(f"imap.{d}", MAIL_IP)
        fx.host(f"smtp.{d}", MAIL_IP)
        fx.must_not_resolve.append(f"autoconfig.{d}")
        return (
            [(f"imap.{d}", 993, tls), (f"imap.{d}", 143, "starttls")],
            [(f"smtp.{d}", 465, tls), (f"smtp.{d}", 587, "starttls")],
        )
    if scenario == "nothing":
        fx.must_not_resolve += [d, f"imap.{d}", f"autoconfig.{d}"]
        return [], []
    raise ValueError(scenario)


def plan_items(runs):
    """The discovery runs both tools make, in order: warm-ups, then round-robin over scenarios."""
    items = [{"scenario": s, "run": 0, "address": address(s, 0), "warmup": True} for s in WARMUP]
    for r in range(1, runs + 1):
        for key, _ in SCENARIOS:
            items.append({"scenario": key, "run": r, "address": address(key, r), "warmup": False})
    return items


def all_fixtures(runs):
    fx = Fixture()
    expected = {}
    for r in range(0, runs + 1):
        for key, _ in SCENARIOS:
            expected[domain(key, r)] = build(key, r, fx)
    fx.host(ISPDB_HOST, WEB_IP)
    return fx, expected


# ------------------------------------------------------------------------------------------------
# prepare


def openssl(*args):
    subprocess.run(["openssl", *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def make_leaf(work, name, ca, names):
    """A P-256 server certificate for these names, signed by the test CA."""
    key, csr, crt, ext = (os.path.join(work, f"{name}.{x}") for x in ("key", "csr", "pem", "ext"))
    with open(ext, "w") as f:
        f.write("basicConstraints=critical,CA:FALSE\n")
        f.write("keyUsage=critical,digitalSignature\n")
        f.write("extendedKeyUsage=serverAuth\n")
        f.write("subjectAltName=" + ",".join(f"DNS:{n}" for n in sorted(names)) + "\n")
    openssl("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", key)
    openssl("req", "-new", "-key", key, "-subj", f"/CN={sorted(names)[0]}", "-out", csr)
    openssl("x509", "-req", "-in", csr, "-CA", ca + ".pem", "-CAkey", ca + ".key", "-CAcreateserial",
            "-days", "7", "-sha256", "-extfile", ext, "-out", crt)


def prepare(work, runs):
    fx, expected = all_fixtures(runs)

    # The test CA, then one certificate for every web host and one for every mail host.
    ca = os.path.join(work, "ca")
    with open(ca + ".ext", "w") as f:
        f.write("basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"
                "subjectKeyIdentifier=hash\n")
    openssl("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", ca + ".key")
    openssl("req", "-new", "-x509", "-key", ca + ".key", "-subj", "/CN=Mail Setup vs Thunderbird test CA",
            "-days", "7", "-sha256", "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign", "-out", ca + ".pem")
    web_names = {n for n, ip in fx.hosts.items() if ip in (WEB_IP, HANG_IP)}
    mail_names = {n for n, ip in fx.hosts.items() if ip == MAIL_IP}
    make_leaf(work, "web", ca, web_names)
    make_leaf(work, "mail", ca, mail_names)

    # dnsmasq: authoritative for .test, so every name not listed is NXDOMAIN; nothing upstream.
    lines = [f"listen-address={DNS_IP}", "port=53", "bind-interfaces", "no-resolv", "no-hosts",
             "local=/test/", "user=root"]
    if os.environ.get("VERBOSE"):
        lines.append(f"log-queries\nlog-facility={work}/dnsmasq.log")
    lines += [f"host-record={n},{ip}" for n, ip in sorted(fx.hosts.items())]
    lines += fx.dns_lines
    write(work, "dnsmasq.conf", "\n".join(lines) + "\n")

    write(work, "dovecot.conf", dovecot_conf(work))
    write(work, "routes.json", json.dumps(fx.routes))
    write(work, "expected.json", json.dumps(expected))
    write(work, "check.json", json.dumps({
        "hosts": fx.hosts, "nxdomain": fx.must_not_resolve, "records": fx.dns_checks,
        "routes": list(fx.routes)}))
    with open(ca + ".pem") as f:
        ca_pem = f.read()
    items = plan_items(runs)
    write(work, "tb-plan.json", json.dumps({
        "ca_pem": ca_pem, "ispdb_url": ISPDB_URL, "results": os.path.join(work, "tb.jsonl"), "runs": items}))
    write(work, "ours-plan.json", json.dumps({"ispdb_url": ISPDB_URL, "runs": items}))


def dovecot_conf(work):
    """Dovecot 2.3 on MAIL_IP with every standard listener; only greetings and TLS matter here."""
    os.makedirs(os.path.join(work, "dovecot/run"), exist_ok=True)
    os.makedirs(os.path.join(work, "dovecot/state"), exist_ok=True)
    write(work, "dovecot/users", "alice:{PLAIN}secret::::::\n")
    blocks = []
    for service, names in (("imap-login", ("imap", "imaps")), ("pop3-login", ("pop3", "pop3s")),
                           ("submission-login", ("submission", "submissions"))):
        body = ""
        for n in names:
            body += f"  inet_listener {n} {{\n    port = {MAIL_PORTS[n]}\n"
            if n.endswith("s"):
                body += "    ssl = yes\n"
            body += "  }\n"
        blocks.append(f"service {service} {{\n{body}}}\n")
    # No brute-force penalty (a probe that logs out is not an attack, but be sure).
    blocks.append("service anvil {\n  unix_listener anvil-auth-penalty {\n    mode = 0\n  }\n}\n")
    d = os.path.join(work, "dovecot")
    return (
        f"base_dir = {d}/run\nstate_dir = {d}/state\nlog_path = {d}/dovecot.log\n"
        f"protocols = imap pop3 submission\nlisten = {MAIL_IP}\nhostname = mail.test\n"
        f"ssl = yes\nssl_cert = <{work}/mail.pem\nssl_key = <{work}/mail.key\n"
        "auth_mechanisms = plain login\n"
        f"passdb {{\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%n {d}/users\n}}\n"
        "userdb {\n  driver = static\n  args = uid=nobody gid=nogroup home=/nonexistent\n}\n"
        # Submission must name a relay; nothing is ever sent, so a closed port will do.
        "submission_relay_host = 127.0.0.1\nsubmission_relay_port = 9\n" + "".join(blocks)
    )


def write(work, name, text):
    with open(os.path.join(work, name), "w") as f:
        f.write(text)


# ------------------------------------------------------------------------------------------------
# serve


class Handler(BaseHTTPRequestHandler):
    """Answers the routes from routes.json, on HTTPS and HTTP alike; 404 for anything else."""

    protocol_version = "HTTP/1.1"
    # Buffer the reply and send it in one piece when the request is done (a split header/body
    # pair would meet Nagle's algorithm and the client's delayed ACK).
    wbufsize = 65536
    routes = {}
    log = None
    lock = threading.Lock()

    def answer(self):
        # Read any body (Exchange autodiscover POSTs one) so the client sees a clean reply.
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        host = (self.headers.get("Host") or "").split(":")[0].lower().rstrip(".")
        path = urlsplit(self.path).path
        body = self.routes.get(f"{host} {path}")
        status = 200 if body is not None else 404
        data = (body if body is not None else "not here\n").encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/xml; charset=utf-8" if body else "text/plain")
        self.send_header("Content-Length", str(len(data)))
        # One request per connection: no run may reuse a connection an earlier run opened.
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        self.close_connection = True
        with self.lock:
            self.log.write(f"{time.time():.3f} {self.server.scheme} {self.command} {host}{self.path} {status}\n")
            self.log.flush()

    do_GET = do_POST = do_HEAD = answer

    def log_message(self, *args):
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, addr, scheme, tls_context=None):
        super().__init__(addr, Handler)
        self.scheme = scheme
        self.tls_context = tls_context

    def server_bind(self):
        # HTTPServer would look up our own name in DNS here; there is no need.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    def finish_request(self, request, client_address):
        # As production web servers do: no Nagle delay on small replies.
        request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        # The TLS handshake happens here, on the connection's own thread, so a slow client
        # never holds up the others.
        if self.tls_context is not None:
            try:
                request = self.tls_context.wrap_socket(request, server_side=True)
            except (ssl.SSLError, OSError):
                return
        super().finish_request(request, client_address)


def hang(port):
    """Accept every connection on HANG_IP:port and keep it open without a word."""
    listener = socket.create_server((HANG_IP, port), backlog=128)
    held = []
    while True:
        conn, _ = listener.accept()
        held.append(conn)


def serve(work):
    with open(os.path.join(work, "routes.json")) as f:
        Handler.routes = json.load(f)
    Handler.log = open(os.path.join(work, "web.log"), "a")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(os.path.join(work, "web.pem"), os.path.join(work, "web.key"))
    # No session tickets: each run pays a full handshake, as a fresh process would.
    ctx.num_tickets = 0
    ctx.options |= ssl.OP_NO_TICKET
    servers = [Server((WEB_IP, 443), "https", ctx), Server((WEB_IP, 80), "http")]
    for s in servers:
        threading.Thread(target=s.serve_forever, daemon=True).start()
    for port in (443, 80):
        threading.Thread(target=hang, args=(port,), daemon=True).start()
    print("serving", flush=True)
    while True:
        time.sleep(3600)


# ------------------------------------------------------------------------------------------------
# check


def dns_query(name, qtype):
    """(rcode, answer count) from our dnsmasq for one question: a minimal stdlib DNS client."""
    qid = os.getpid() & 0xFFFF
    question = b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\0"
    packet = struct.pack(">HHHHHH", qid, 0x0100, 1, 0, 0, 0) + question + struct.pack(">HH", qtype, 1)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(2)
        s.sendto(packet, (DNS_IP, 53))
        reply = s.recv(4096)
    flags, _, ancount = struct.unpack(">HHH", reply[2:8])
    return flags & 0xF, ancount


def check(work):
    """Exits non-zero, saying why, unless every scenario's fixture behaves as designed."""
    with open(os.path.join(work, "check.json")) as f:
        c = json.load(f)
    problems = []

    # Names resolve through the system resolver (the namespace's resolv.conf), as the tools see them.
    for name, ip in c["hosts"].items():
        try:
            got = {a[4][0] for a in socket.getaddrinfo(name, None, socket.AF_INET)}
        except socket.gaierror as e:
            got = {str(e)}
        if got != {ip}:
            problems.append(f"{name} resolves to {got}, not {ip}")
    for name in c["nxdomain"]:
        try:
            socket.getaddrinfo(name, None)
            problems.append(f"{name} resolves, but should not")
        except socket.gaierror:
            pass
    for name, qtype in c["records"]:
        rcode, count = dns_query(name, qtype)
        if rcode != 0 or count == 0:
            problems.append(f"DNS type {qtype} for {name}: rcode {rcode}, {count} answers")

    # HTTPS with the system trust store: the test CA must be trusted in the namespace.
    ctx = ssl.create_default_context()
    for route in c["routes"]:
        host, path = route.split(" ", 1)
        try:
            with socket.create_connection((host, 443), timeout=3) as raw, \
                    ctx.wrap_socket(raw, server_hostname=host) as s:
                s.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
                reply = b""
                while chunk := s.recv(65536):
                    reply += chunk
            if not reply.startswith(b"HTTP/1.1 200") or b"<clientConfig" not in reply:
                problems.append(f"https://{host}{path}: {reply[:40]!r}")
        except OSError as e:
            problems.append(f"https://{host}{path}: {e}")

    # Every mail host's name is in Dovecot's certificate; then every port greets as it should.
    mail_names = [name for name, ip in c["hosts"].items() if ip == MAIL_IP]
    tls_tries = [(name, 993, b"* OK") for name in mail_names]
    tls_tries += [(mail_names[0], 995, b"+OK"), (mail_names[0], 465, b"220")]
    for name, port, greeting in tls_tries:
        try:
            with socket.create_connection((name, port), timeout=3) as raw, \
                    ctx.wrap_socket(raw, server_hostname=name) as s:
                s.settimeout(3)
                got = s.recv(512)
            if not got.startswith(greeting):
                problems.append(f"{name}:{port} greets with {got[:30]!r}")
        except OSError as e:
            problems.append(f"{name}:{port}: {e}")
    for port, greeting in ((143, b"* OK"), (110, b"+OK"), (587, b"220")):
        try:
            with socket.create_connection((MAIL_IP, port), timeout=3) as s:
                got = s.recv(512)
            if not got.startswith(greeting):
                problems.append(f"{MAIL_IP}:{port} greets with {got[:30]!r}")
        except OSError as e:
            problems.append(f"{MAIL_IP}:{port}: {e}")

    # The hanging host: connects, then silence.
    for port in (443, 80):
        try:
            with socket.create_connection((HANG_IP, port), timeout=3) as s:
                s.settimeout(0.3)
                try:
                    data = s.recv(1)
                    problems.append(f"{HANG_IP}:{port} answered {data!r} (or closed)")
                except socket.timeout:
                    pass
        except OSError as e:
            problems.append(f"{HANG_IP}:{port}: {e}")

    if problems:
        print("fixture self-check failed:", *problems[:40], sep="\n  ", file=sys.stderr)
        sys.exit(1)
    print(f"fixture self-check: {len(c['hosts'])} hosts, {len(c['routes'])} web files, "
          f"{len(c['records'])} MX/SRV records, hanging host and Dovecot all as designed")


def wait_ports(timeout=15):
    """Waits until DNS, web, mail and the hanging host listen (run inside the namespace)."""
    want = [(WEB_IP, 443), (WEB_IP, 80), (HANG_IP, 443), (MAIL_IP, 993), (MAIL_IP, 465), (DNS_IP, 53)]
    deadline = time.monotonic() + timeout
    for addr in want:
        while True:
            try:
                socket.create_connection(addr, timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    print(f"nothing listens on {addr[0]}:{addr[1]}", file=sys.stderr)
                    sys.exit(1)
                time.sleep(0.05)


if __name__ == "__main__":
    cmd, work = sys.argv[1], sys.argv[2]
    if cmd == "prepare":
        prepare(work, int(sys.argv[3]))
    elif cmd == "serve":
        serve(work)
    elif cmd == "wait":
        wait_ports()
    elif cmd == "check":
        check(work)
    else:
        sys.exit(f"unknown command {cmd}")
