# Domain health (`mailsetup doctor`, "Check my domain"). Each finding: what we saw, then what to do.
# "The people who run your domain" is whoever manages its DNS: often the company you bought it from.

doctor-dns-failed = This could not be checked: when we looked up { $name }, { $reason }.
doctor-dns-failed-advice = Check that this computer is online and try again.
doctor-dns-failed-advice-timeout = Check that this computer is online and try again. If it keeps happening, the DNS servers of the domain or of your network may be down.
doctor-dns-failed-advice-servfail = Try again in a few minutes. If it keeps happening, the domain’s DNS settings may be broken: tell the people who run your domain.
doctor-dns-failed-advice-refused = The DNS server this computer uses would not answer this question. Try again on another network, or ask whoever runs this network.
doctor-timeout = This could not be checked: the answer did not come in time.
doctor-timeout-advice = Try again later; if it keeps happening, the domain’s DNS servers may be slow or broken.

# What the DNS server did: the `{ $reason }` of doctor-dns-failed.
doctor-dns-reason-timeout = the DNS server did not answer in time
doctor-dns-reason-servfail = the DNS server reported a failure (SERVFAIL)
doctor-dns-reason-refused = the DNS server refused to answer (REFUSED)
doctor-dns-reason-nxdomain = the name does not exist
doctor-dns-reason-no-records = there is no such record
doctor-dns-reason-other = the lookup failed ({ $detail })

doctor-domain-missing = The domain { $domain } does not exist.
doctor-domain-missing-advice = Check the spelling. If it is right, the domain may have expired: ask whoever registered it.
doctor-mx-missing = { $domain } has no MX records, so other servers do not know where to deliver its mail.
doctor-mx-missing-advice = Ask the people who run your domain to add the MX records your email provider gives you.
doctor-mx-null = This domain receives no mail: its DNS says so with a “null MX” record.
doctor-mx-null-advice = If you want to receive mail at this domain, ask the people who run it to replace the null MX with your email provider’s MX records.
doctor-mx-target-missing = The MX record points to { $host }, which does not exist, so mail to your domain cannot be delivered there.
doctor-mx-target-missing-advice = Ask the people who run your domain to fix the MX record, using the server name your email provider gives.
doctor-mx-ok = Mail for this domain goes to { $host }.
doctor-mx-ok-provider = Mail for this domain goes to { $host } ({ $provider }).
doctor-mx-consistent = The incoming server we found, { $incoming }, matches where your mail is delivered.
doctor-mx-inconsistent = Your mail is delivered to { $mx }, but the incoming server we found is { $incoming }: you may be looking for mail in the wrong place.
doctor-mx-inconsistent-advice = Ask your email provider which server holds your mailbox; if the MX records are out of date, ask the people who run your domain to update them.

doctor-spf-ok = The domain says which servers may send its mail (SPF, { $lookups } of at most 10 lookups).
doctor-spf-missing = { $domain } does not say which servers may send its mail (no SPF record), so your messages are more likely to land in spam.
doctor-spf-missing-advice = Ask your email provider for their SPF record (it starts with v=spf1) and ask the people who run your domain to add it.
doctor-spf-several = The domain has { $count } SPF records; receiving servers treat that as an error and may reject your mail.
doctor-spf-several-advice = Merge them into one record that starts with v=spf1.
doctor-spf-broken = The SPF record is broken: { $reason }.
doctor-spf-broken-advice = Ask the people who run your domain to correct it; your email provider can give the right record.
doctor-spf-plus-all = The SPF record ends in +all: it lets anyone in the world send mail as your domain.
doctor-spf-plus-all-advice = Change +all to ~all (or -all once you are sure every sending service is listed).
doctor-spf-no-all = The SPF record does not end with ~all or -all, so it does not tell receivers what to do with forged mail.
doctor-spf-no-all-advice = Add ~all at the end of the record.
doctor-spf-include-missing = The SPF record includes { $domain }, which has no SPF record of its own: receivers treat that as an error.
doctor-spf-include-missing-advice = Remove that include or correct the name; your email provider can tell you which one to use.
doctor-spf-too-many-lookups = Checking the SPF record takes { $count } DNS lookups; receivers stop at 10 and then treat it as an error.
doctor-spf-too-many-lookups-advice = Remove includes for services you no longer use, or replace some with ip4:/ip6: ranges.
doctor-spf-covers = The SPF record allows your outgoing server, { $host }.
doctor-spf-not-covers = We could not confirm that the SPF record allows your outgoing server, { $host }.
doctor-spf-not-covers-advice = Check with your email provider that their SPF entry (usually an include:) is in your record.

doctor-dkim-rsa = Messages can be signed (DKIM key “{ $selector }”, RSA { $bits } bits).
doctor-dkim-ed25519 = Messages can be signed (DKIM key “{ $selector }”, Ed25519).
doctor-dkim-weak = The DKIM key “{ $selector }” is only { $bits } bits: receivers may ignore its signatures.
doctor-dkim-weak-advice = Ask your email provider for a new key of at least 2048 bits.
doctor-dkim-revoked = The DKIM key “{ $selector }” has been withdrawn (it is empty).
doctor-dkim-revoked-advice = If nothing signs with it any more, that is fine; otherwise publish the current key.
doctor-dkim-other = The DKIM key “{ $selector }” is of a type we do not know ({ $kind }).
doctor-dkim-broken = The DKIM record “{ $selector }” is broken: { $reason }.
doctor-dkim-broken-advice = Copy the DKIM record again exactly as your email provider gives it.
doctor-dkim-unknown = We could not tell whether your messages are signed (DKIM): the usual key names are not there, and others cannot be listed.
doctor-dkim-unknown-advice = Your email provider can tell you whether DKIM signing is on and which key name (selector) it uses.

doctor-dmarc-missing = The domain has no DMARC record, so receivers get no instructions for mail that fails the checks, and large providers may treat your mail with suspicion.
doctor-dmarc-missing-advice = Ask the people who run your domain to add a TXT record at _dmarc with at least “v=DMARC1; p=none; rua=mailto:you@yourdomain”, then tighten it later.
doctor-dmarc-several = The domain has more than one DMARC record; receivers ignore them all.
doctor-dmarc-several-advice = Keep exactly one TXT record at _dmarc.
doctor-dmarc-broken = The DMARC record is broken: { $reason }.
doctor-dmarc-broken-advice = Correct it so it reads like “v=DMARC1; p=quarantine; rua=mailto:you@yourdomain”.
doctor-dmarc-none = DMARC is set to watch only (p=none): forged mail from your domain is still delivered. { $reports }
doctor-dmarc-none-advice = Once the reports show your own mail passes, change p=none to p=quarantine.
doctor-dmarc-ok = DMARC protects your domain (p={ $policy }). { $reports }
doctor-dmarc-reports = Reports go to { $to }.
doctor-dmarc-no-reports = No reports are requested.

doctor-mta-sts-missing = The domain does not ask other servers to always encrypt mail sent to it (no MTA-STS).
doctor-mta-sts-missing-advice = Optional, but recommended: your email provider may offer MTA-STS.
doctor-mta-sts-broken = The MTA-STS setup is broken: { $reason }.
doctor-mta-sts-broken-advice = Fix the _mta-sts record and the policy at https://mta-sts.<your domain>/.well-known/mta-sts.txt, or remove the record.
doctor-mta-sts-unfetchable = The MTA-STS policy at { $url } could not be read: { $reason }.
doctor-mta-sts-timeout = The MTA-STS policy at { $url } did not arrive in time.
doctor-mta-sts-mx-mismatch = The MTA-STS policy does not list { $hosts }, so servers that follow it will refuse to deliver mail there.
doctor-mta-sts-mx-mismatch-advice = Add every MX host to the policy’s mx: lines, then change the id in the _mta-sts record.
doctor-mta-sts-enforce = Other servers must encrypt mail sent to this domain (MTA-STS, enforce).
doctor-mta-sts-testing = MTA-STS is in testing mode: encryption is requested but not yet required.
doctor-mta-sts-testing-advice = Once reports show no problems, switch the policy to mode: enforce.
doctor-mta-sts-none = MTA-STS is switched off (mode: none).

doctor-tls-rpt-missing = The domain asks for no reports about encryption problems (no TLS-RPT).
doctor-tls-rpt-missing-advice = Optional: a TXT record at _smtp._tls like “v=TLSRPTv1; rua=mailto:you@yourdomain”.
doctor-tls-rpt-ok = Reports about encryption problems go to { $to }.
doctor-tls-rpt-broken = The TLS reporting record is broken: { $reason }.
doctor-tls-rpt-broken-advice = Correct it to read like “v=TLSRPTv1; rua=mailto:you@yourdomain”.

doctor-autoconfig-ok = The domain publishes its mail settings for mail programs ({ $url }).
doctor-srv-ok = The domain publishes its mail servers as DNS service records (RFC 6186).
doctor-autoconfig-missing = { $domain } does not publish its mail settings, so mail programs have to guess them.
doctor-autoconfig-missing-advice = Publish them once and every device sets itself up: `mailsetup export --format autoconfig` makes the settings file and `mailsetup export --format dns` the DNS records.

## Why a record is broken: the `{ $reason }` of the findings above that say a record is broken.
doctor-reason-dkim-not-dkim = it is not a DKIM key record (v=DKIM1)
doctor-reason-dkim-no-key = it has no public key (p=)
doctor-reason-dkim-bad-base64 = the public key is not valid base64
doctor-reason-dmarc-not-dmarc = it does not start with v=DMARC1
doctor-reason-dmarc-no-policy = it has no policy (p=)
doctor-reason-dmarc-bad-policy = “{ $value }” is not a DMARC policy (none, quarantine or reject)
doctor-reason-dmarc-bad-pct = pct=“{ $value }” is not a number from 0 to 100
doctor-reason-dmarc-malformed = “{ $value }” is not a tag=value pair
doctor-reason-sts-no-version = it does not say version: STSv1
doctor-reason-sts-bad-mode = it has no valid mode (enforce, testing or none)
doctor-reason-sts-bad-max-age = it has no valid max_age
doctor-reason-sts-no-mx = it lists no mx patterns
doctor-reason-sts-bad-record = the DNS record does not start with v=STSv1 and an id
doctor-reason-tls-rpt-bad = the reporting record does not start with v=TLSRPTv1 and a rua address
doctor-reason-spf-not-spf = it does not start with v=spf1
doctor-reason-spf-unknown-term = “{ $value }” is not an SPF term
doctor-reason-spf-missing-domain = “{ $value }” needs a domain
doctor-reason-spf-bad-network = “{ $value }” is not a valid address range
doctor-reason-spf-duplicate-modifier = the modifier “{ $value }” appears twice

## The command line and the wizard page
doctor-title = Check my domain
doctor-intro = Is { $domain } set up to receive and send mail?
doctor-running = Checking the domain’s DNS records…
doctor-status-ok = OK
doctor-status-warning = Worth fixing
doctor-status-problem = Problem
doctor-status-unknown = Could not tell
doctor-check-mx = Receiving (MX)
doctor-check-spf = Allowed senders (SPF)
doctor-check-dkim = Signatures (DKIM)
doctor-check-dmarc = Anti-forgery policy (DMARC)
doctor-check-mta-sts = Enforced encryption (MTA-STS)
doctor-check-tls-rpt = Encryption reports (TLS-RPT)
doctor-check-autoconfig = Settings for mail programs
doctor-summary-ok = Nothing here stops your mail from working.
doctor-summary-problem = Some of these stop mail from arriving or being trusted: see the problems above.
