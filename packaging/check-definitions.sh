#!/usr/bin/env bash
# Checks Mail Setup's installer definitions with what a Debian machine has: the Linux desktop entry
# and AppStream metadata, the WiX source (really built into .msi files with wixl, with and without
# a helpdesk preset), the macOS Info.plist and app-bundle script (run with stand-ins for Apple's
# tools), the shell scripts' syntax and the release workflow. Prints one line per check and
# "N passed, N failed" last; exits non-zero when any check fails. Installs nothing.
#
# Debian packages it needs:
#   desktop-file-utils appstream libxml2-utils wixl msitools libplist-utils python3 python3-yaml
#
# What it cannot check, because it needs Windows or macOS: WiX's own candle/light and their ICE
# validation, build-msi.ps1 running, iconutil/hdiutil/codesign, and the workflow on GitHub's
# runners. packaging/README.md lists these.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
app_id=org.mailsetup.MailSetup
desktop="$here/linux/$app_id.desktop"
metainfo="$here/linux/$app_id.metainfo.xml"
wxs="$here/windows/mailsetup.wxs"
ps1="$here/windows/build-msi.ps1"
plist="$here/macos/Info.plist"
build_app="$here/macos/build-app.sh"
workflow="$repo/.github/workflows/release.yml"
example_preset="$here/preset.example.toml"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

passed=0
failed=0

# check NAME COMMAND...: runs COMMAND in a subshell with `set -e` in force, prints "ok" or "FAIL"
# and, on failure, what the command printed.
check() {
  local name=$1
  shift
  local log="$work/check.log" rc
  set +e
  ( set -e; "$@" ) >"$log" 2>&1
  rc=$?
  set -e
  if [ "$rc" -eq 0 ]; then
    printf 'ok    %s\n' "$name"
    passed=$((passed + 1))
  else
    printf 'FAIL  %s\n' "$name"
    sed 's/^/      /' "$log"
    failed=$((failed + 1))
  fi
}

# Joins lines with spaces, for messages.
oneline() { tr '\n' ' ' <<<"$1"; }

# A line that is neither a pass nor a failure: something to fix outside packaging/.
warn() { printf 'warn  %s\n' "$1"; }

# The files a preset refers to, one "KEY NAME" a line (KEY is logo or autoconfig): the same text
# match as build-app.sh and build-msi.ps1 use.
preset_entries() {
  sed -n -E "s/^[[:space:]]*(logo|autoconfig)[[:space:]]*=[[:space:]]*[\"']([^\"']+)[\"'].*/\1 \2/p" "$1"
}
preset_companions() { preset_entries "$1" | cut -d ' ' -f 2-; }

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$repo/Cargo.toml" | head -n 1)

# ---- Tools ---------------------------------------------------------------------------------------

tools_present() {
  local missing=() pair
  for pair in desktop-file-validate:desktop-file-utils appstreamcli:appstream xmllint:libxml2-utils \
    wixl:wixl msiinfo:msitools plistutil:libplist-utils python3:python3; do
    command -v "${pair%%:*}" >/dev/null || missing+=("${pair%%:*} (Debian package ${pair#*:})")
  done
  python3 -c 'import yaml' 2>/dev/null || missing+=("python3's yaml module (Debian package python3-yaml)")
  if [ ${#missing[@]} -gt 0 ]; then
    printf 'missing: %s\n' "${missing[@]}"
    return 1
  fi
}
check "tools: every checker is installed" tools_present
if [ "$failed" -gt 0 ]; then
  echo "0 passed, 1 failed"
  exit 1
fi

# ---- Linux ---------------------------------------------------------------------------------------

check "desktop entry: desktop-file-validate" desktop-file-validate "$desktop"

desktop_keys() {
  local key want
  for key in "Name=Mail Setup" "Exec=mailsetup" "Icon=$app_id" "Terminal=false" "Type=Application" \
    "StartupWMClass=$app_id"; do
    grep -qxF "$key" "$desktop" || { echo "missing line: $key"; return 1; }
  done
  for want in Network Email; do
    grep -q "^Categories=.*\\b$want;" "$desktop" || { echo "category $want missing"; return 1; }
  done
}
check "desktop entry: Name, Exec, Icon, StartupWMClass, Categories" desktop_keys

check "metainfo: appstreamcli validate --no-net" appstreamcli validate --no-net "$metainfo"

metainfo_matches() {
  python3 - "$metainfo" "$app_id" <<'EOF'
import sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
app_id = sys.argv[2]
def text(path):
    node = root.find(path)
    return node.text.strip() if node is not None and node.text else None
want = {
    "id": app_id,
    "launchable[@type='desktop-id']": app_id + ".desktop",
    "provides/binary": "mailsetup",
    "project_license": "MPL-2.0",
    "content_rating": None,
}
problems = []
for path, value in want.items():
    if root.find(path) is None:
        problems.append(f"no <{path}>")
    elif value is not None and text(path) != value:
        problems.append(f"<{path}> is {text(path)!r}, want {value!r}")
if root.get("type") != "desktop-application":
    problems.append("component type is not desktop-application")
if root.find("releases/release") is None:
    problems.append("no release")
if problems:
    print("\n".join(problems))
    sys.exit(1)
EOF
}
check "metainfo: id, launchable, binary and licence match the desktop entry" metainfo_matches

# Every language the program speaks (a folder under assets/i18n besides en-GB) is in the desktop
# entry and the metainfo too: GenericName, Comment and Keywords; the summary, as many description
# paragraphs and list items as in English, and keywords.
definitions_translated() {
  python3 - "$desktop" "$metainfo" "$repo/assets/i18n" <<'EOF'
import os, sys
import xml.etree.ElementTree as ET
desktop, metainfo, i18n = sys.argv[1:4]
langs = sorted(d.split("-")[0] for d in os.listdir(i18n)
               if d != "en-GB" and os.path.isdir(os.path.join(i18n, d)))
keys = dict(l.rstrip("\n").split("=", 1) for l in open(desktop, encoding="utf-8") if "=" in l)
root = ET.parse(metainfo).getroot()
lang_attr = "{http://www.w3.org/XML/1998/namespace}lang"
description = root.find("description")
problems = [] if langs else ["no translations under assets/i18n"]
for lang in langs:
    for key in ("GenericName", "Comment", "Keywords"):
        if not keys.get(f"{key}[{lang}]", "").strip():
            problems.append(f"desktop entry: no {key}[{lang}]")
    if not [s for s in root.findall("summary") if s.get(lang_attr) == lang]:
        problems.append(f"metainfo: no summary in {lang}")
    for tag in ("p", "li"):
        english = [e for e in description.iter(tag) if e.get(lang_attr) is None]
        translated = [e for e in description.iter(tag) if e.get(lang_attr) == lang]
        if len(translated) != len(english):
            problems.append(f"metainfo: {len(translated)} <{tag}> in {lang}, {len(english)} in English")
    if not [k for k in root.iter("keyword") if k.get(lang_attr) == lang]:
        problems.append(f"metainfo: no keywords in {lang}")
print("languages:", ", ".join(langs))
if problems:
    print("\n".join(problems))
    sys.exit(1)
EOF
}
check "desktop entry and metainfo: translated into every language under assets/i18n" definitions_translated

# The window's WM_CLASS (X11) and app_id (Wayland) come from iced's
# window::Settings.platform_specific.application_id, which is empty unless the program sets it.
if grep -rqs "application_id" "$repo/src" && grep -rqsF "\"$app_id\"" "$repo/src"; then
  check "desktop entry: StartupWMClass is the window's application_id" true
else
  warn "src/ does not set iced's platform_specific.application_id to \"$app_id\": the window's WM_CLASS stays empty and will not match StartupWMClass"
fi

# ---- Windows -------------------------------------------------------------------------------------

check "wxs: well-formed XML" xmllint --noout --nonet "$wxs"
check "mailsetup.ico: up to date with assets/icons (make-ico.py --check)" python3 "$here/windows/make-ico.py" --check

# Every preprocessor variable the .wxs uses is one build-msi.ps1 passes, and the other way round.
wxs_variables_match_ps1() {
  local used passed_vars
  used=$(grep -oE '\$\(var\.[A-Za-z]+\)|ifdef var\.[A-Za-z]+' "$wxs" | sed -E 's/.*var\.([A-Za-z]+).*/\1/' | sort -u)
  passed_vars=$(grep -oE -- '-d[A-Z][A-Za-z]*=' "$ps1" | sed -E 's/^-d//; s/=$//' | sort -u)
  if [ "$used" != "$passed_vars" ]; then
    echo "mailsetup.wxs uses:   $(oneline "$used")"
    echo "build-msi.ps1 passes: $(oneline "$passed_vars")"
    return 1
  fi
}
check "wxs: build-msi.ps1 passes exactly the variables it uses" wxs_variables_match_ps1

# A stand-in executable and the helpdesk files, in one folder: the Debian wixl (0.101) cannot read
# absolute paths, so it runs inside that folder with relative ones.
msi_dir="$work/msi"
mkdir -p "$msi_dir/preset"
head -c 65536 /dev/urandom >"$msi_dir/mailsetup.exe"
cp "$here/windows/mailsetup.ico" "$msi_dir/mailsetup.ico"
cat >"$msi_dir/preset/preset.toml" <<'EOF'
# A stand-in preset for check-definitions.sh.
[organisation]
name = "Example Ltd"
logo = "example-logo.svg"

[mail]
domains = ["example.co.uk"]
autoconfig = 'example-config.xml'
EOF
cp "$repo/assets/icons/mailsetup.svg" "$msi_dir/preset/example-logo.svg"
echo '<clientConfig version="1.1"/>' >"$msi_dir/preset/example-config.xml"

wixl_build() { # OUTPUT [PRESET_DIR]: builds OUTPUT.msi, with the preset in PRESET_DIR if given
  local out=$1 dir=${2:-} args=() key name
  args=(-a x64 -D "Version=$version" -D SourceDir=.)
  if [ -n "$dir" ]; then
    args+=(-D "Preset=$dir/preset.toml")
    while read -r key name; do
      case "$key" in
        logo) args+=(-D "Logo=$dir/$name") ;;
        autoconfig) args+=(-D "Autoconfig=$dir/$name") ;;
      esac
    done < <(preset_entries "$msi_dir/$dir/preset.toml")
  fi
  (cd "$msi_dir" && wixl "${args[@]}" -o "$out.msi" "$wxs")
}

# msiinfo exports a table as text with CRLF line ends; three header lines, then one row a line.
# It writes a table's binary data (the Icon table's) into a folder in the current one: run it in
# the scratch folder.
msi_table() { (cd "$work" && msiinfo export "$1" "$2") | tr -d '\r'; }
msi_files() { msi_table "$msi_dir/$1.msi" File | tail -n +4 | cut -f 3 | sort; }

msi_with_preset() {
  wixl_build branded preset
  local files
  files=$(msi_files branded)
  echo "File table: $(oneline "$files")"
  for want in mailsetup.exe preset.toml example-logo.svg example-config.xml; do
    grep -qxF "$want" <<<"$files" || { echo "missing $want"; return 1; }
  done
}
check "msi with a preset: wixl builds it with mailsetup.exe, preset.toml, logo and autoconfig" msi_with_preset

msi_without_preset() {
  wixl_build plain
  local files
  files=$(msi_files plain)
  echo "File table: $(oneline "$files")"
  [ "$files" = mailsetup.exe ] || { echo "want mailsetup.exe alone"; return 1; }
}
check "msi without a preset: wixl builds it with mailsetup.exe alone, no preset.toml" msi_without_preset

msi_tables() {
  local m="$msi_dir/plain.msi" props
  props=$(msi_table "$m" Property)
  grep -qP '^ProductVersion\t'"${version//./\\.}"'$' <<<"$props" || { echo "ProductVersion is not $version"; return 1; }
  grep -qP '^ALLUSERS\t1$' <<<"$props" || { echo "not per-machine (ALLUSERS)"; return 1; }
  grep -qP '^UpgradeCode\t\{BA4B68EC-9C3E-439E-9764-B6E7F15C50EF\}$' <<<"$props" || { echo "UpgradeCode changed"; return 1; }
  msi_table "$m" Upgrade | grep -q WIX_UPGRADE_DETECTED || { echo "no MajorUpgrade"; return 1; }
  msi_table "$m" Shortcut | grep -qP '^StartMenuShortcut\tProgramMenuFolder\tMail Setup\t.*\tMailSetup\.ico\t' ||
    { echo "no Start-menu shortcut with the icon"; return 1; }
  grep -qP '^ARPPRODUCTICON\tMailSetup\.ico$' <<<"$props" || { echo "no icon in Installed apps"; return 1; }
  msi_table "$m" Icon | grep -q '^MailSetup\.ico' || { echo "no Icon row"; return 1; }
  msi_table "$m" Directory | grep -qP '^INSTALLDIR\tProgramFiles64Folder\tMail Setup$' ||
    { echo "not installed in Program Files\\Mail Setup"; return 1; }
  msiinfo suminfo "$m" | tr -d '\r' | grep -qx 'Template: x64;1033' || { echo "not an x64 package"; return 1; }
}
check "msi: version, per-machine, upgrade code, major upgrade, x64, Program Files, Start menu, icon" msi_tables

if [ -f "$example_preset" ]; then
  msi_with_example_preset() {
    mkdir -p "$msi_dir/example"
    cp "$example_preset" "$msi_dir/example/preset.toml"
    local name files
    while IFS= read -r name; do
      if [ -f "$here/$name" ]; then cp "$here/$name" "$msi_dir/example/$name"; else echo stand-in >"$msi_dir/example/$name"; fi
    done < <(preset_companions "$example_preset")
    wixl_build example example
    files=$(msi_files example)
    echo "File table: $(oneline "$files")"
    grep -qxF preset.toml <<<"$files" || { echo "missing preset.toml"; return 1; }
    while IFS= read -r name; do
      grep -qxF "$name" <<<"$files" || { echo "missing $name"; return 1; }
    done < <(preset_companions "$example_preset")
  }
  check "msi with packaging/preset.example.toml: preset.toml and the files it names" msi_with_example_preset
else
  warn "packaging/preset.example.toml not there yet: the .msi was built with a stand-in preset only"
fi

# ---- macOS ---------------------------------------------------------------------------------------

check "Info.plist: well-formed XML" xmllint --noout --nonet "$plist"

plist_keys() {
  plistutil -i "$plist" -o "$work/Info.bplist"
  plistutil -i "$work/Info.bplist" -o "$work/Info.roundtrip.plist"
  python3 - "$work/Info.roundtrip.plist" "$app_id" <<'EOF'
import plistlib, sys
with open(sys.argv[1], "rb") as f:
    p = plistlib.load(f)
want = {
    "CFBundleIdentifier": sys.argv[2],
    "CFBundleExecutable": "mailsetup",
    "CFBundleName": "Mail Setup",
    "CFBundleIconFile": "mailsetup.icns",
    "CFBundlePackageType": "APPL",
    "LSMinimumSystemVersion": "11.0",
    "NSHighResolutionCapable": True,
    "CFBundleShortVersionString": "@VERSION@",
    "CFBundleVersion": "@VERSION@",
}
bad = [f"{k} is {p.get(k)!r}, want {v!r}" for k, v in want.items() if p.get(k) != v]
if bad:
    print("\n".join(bad))
    sys.exit(1)
EOF
}
check "Info.plist: plistutil and plistlib read it; identifier, executable, version placeholders" plist_keys

# build-app.sh on Linux, with stand-ins for iconutil, hdiutil and codesign that check their
# arguments and write the files the real ones would.
stubs="$work/stubs"
mkdir -p "$stubs"
cat >"$stubs/iconutil" <<'EOF'
#!/usr/bin/env bash
set -euo pipefail
[ "$1" = --convert ] && [ "$2" = icns ] && [ "$3" = --output ] || { echo "iconutil: unexpected $*" >&2; exit 1; }
for size in 16x16 16x16@2x 32x32 32x32@2x 128x128 128x128@2x 256x256; do
  [ -s "$5/icon_$size.png" ] || { echo "iconutil: no icon_$size.png" >&2; exit 1; }
done
echo icns >"$4"
EOF
cat >"$stubs/hdiutil" <<'EOF'
#!/usr/bin/env bash
set -euo pipefail
[ "$1" = create ] || { echo "hdiutil: unexpected $1" >&2; exit 1; }
src='' out=''
shift
while [ $# -gt 0 ]; do
  case "$1" in
    -srcfolder) src=$2; shift 2 ;;
    -volname|-format) shift 2 ;;
    -ov) shift ;;
    *) out=$1; shift ;;
  esac
done
[ -x "$src/Mail Setup.app/Contents/MacOS/mailsetup" ] || { echo "hdiutil: no app in $src" >&2; exit 1; }
[ -L "$src/Applications" ] || { echo "hdiutil: no Applications link" >&2; exit 1; }
echo dmg >"$out"
EOF
printf '#!/bin/sh\nexit 0\n' >"$stubs/codesign"
chmod +x "$stubs"/*

app_bundle() {
  local out="$work/app" res
  PATH="$stubs:$PATH" MAILSETUP_BUILD_APP_ANY_OS=1 "$build_app" --binary "$msi_dir/mailsetup.exe" \
    --version "v$version-rc1" --preset "$msi_dir/preset/preset.toml" --out "$out"
  res="$out/Mail Setup.app/Contents/Resources"
  [ -x "$out/Mail Setup.app/Contents/MacOS/mailsetup" ] || { echo "no executable"; return 1; }
  for f in preset.toml example-logo.svg example-config.xml mailsetup.icns; do
    [ -f "$res/$f" ] || { echo "no Resources/$f"; return 1; }
  done
  [ -f "$out/MailSetup-$version-macos.dmg" ] || { echo "no .dmg"; return 1; }
  python3 -c 'import plistlib, sys
p = plistlib.load(open(sys.argv[1], "rb"))
assert p["CFBundleShortVersionString"] == sys.argv[2] == p["CFBundleVersion"], p["CFBundleVersion"]' \
    "$out/Mail Setup.app/Contents/Info.plist" "$version"

  # Without a preset: no preset.toml in the bundle.
  PATH="$stubs:$PATH" MAILSETUP_BUILD_APP_ANY_OS=1 "$build_app" --binary "$msi_dir/mailsetup.exe" \
    --version "$version" --out "$work/app-plain"
  [ ! -e "$work/app-plain/Mail Setup.app/Contents/Resources/preset.toml" ] || { echo "preset.toml in an unbranded app"; return 1; }

  # A preset naming a file in another folder is refused.
  mkdir -p "$work/bad"
  printf '[organisation]\nname = "Bad"\nlogo = "../logo.svg"\n' >"$work/bad/preset.toml"
  if PATH="$stubs:$PATH" MAILSETUP_BUILD_APP_ANY_OS=1 "$build_app" --binary "$msi_dir/mailsetup.exe" \
    --version "$version" --preset "$work/bad/preset.toml" --out "$work/app-bad"; then
    echo "a logo outside the preset's folder was accepted"
    return 1
  fi
}
check "build-app.sh: bundle with preset, logo, autoconfig, icon, filled Info.plist; none without" app_bundle

# ---- Scripts and workflow ------------------------------------------------------------------------

shell_syntax() {
  local f
  for f in "$here"/check-definitions.sh "$build_app" "$here"/*/*.sh; do
    [ -f "$f" ] && bash -n "$f"
  done
}
check "shell scripts: bash -n" shell_syntax

if command -v pwsh >/dev/null; then
  ps1_syntax() {
    pwsh -NoProfile -Command "\$e = \$null; [System.Management.Automation.Language.Parser]::ParseFile('$ps1', [ref]\$null, [ref]\$e) | Out-Null; if (\$e) { \$e; exit 1 }"
  }
  check "build-msi.ps1: PowerShell parses it" ps1_syntax
else
  warn "pwsh is not installed: build-msi.ps1's syntax is not checked here"
fi

workflow_shape() {
  python3 - "$workflow" <<'EOF'
import sys, yaml
with open(sys.argv[1]) as f:
    wf = yaml.safe_load(f)
# YAML 1.1 reads the key `on` as True.
on = wf.get("on", wf.get(True))
problems = []
if not isinstance(on, dict) or "workflow_dispatch" not in on:
    problems.append("not triggered by workflow_dispatch")
elif "v*" not in (on.get("push") or {}).get("tags", []):
    problems.append("not triggered by v* tags")
jobs = wf.get("jobs", {})
runners = {name: str(job.get("runs-on", "")) for name, job in jobs.items()}
for os_name in ("ubuntu", "windows", "macos"):
    if not any(r.startswith(os_name) for r in runners.values()):
        problems.append(f"no job runs on {os_name}")
for name, job in jobs.items():
    for need in [job["needs"]] if isinstance(job.get("needs"), str) else job.get("needs", []):
        if need not in jobs:
            problems.append(f"job {name} needs unknown job {need}")
    for step in job.get("steps", []):
        if "uses" in step and "@" not in step["uses"]:
            problems.append(f"job {name}: action {step['uses']} has no version")
text = open(sys.argv[1]).read()
for want in ("packaging/build-deb", "cargo install cargo-deb --locked", "build-msi.ps1", "build-app.sh"):
    if want not in text:
        problems.append(f"does not run {want}")
print("jobs:", ", ".join(f"{n} ({r})" for n, r in runners.items()))
if problems:
    print("\n".join(problems))
    sys.exit(1)
EOF
}
check "release.yml: parses; v* tags and by hand; jobs on Linux, Windows and macOS" workflow_shape

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
