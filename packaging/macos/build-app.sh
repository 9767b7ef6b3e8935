#!/usr/bin/env bash
# Builds "Mail Setup.app" and a disk image holding it, on macOS.
#
#   packaging/macos/build-app.sh --binary PATH --version V [--preset FILE] --out DIR
#
#   --binary   the built mailsetup executable (one architecture, or a universal one made with lipo)
#   --version  the release version; a leading "v" and anything from "-" or "+" on are dropped, so
#              v0.2.0-rc1 gives 0.2.0 (macOS wants up to three numbers)
#   --preset   a helpdesk preset.toml; it goes into Contents/Resources with the files it names
#   --out      where "Mail Setup.app" and MailSetup-VERSION-macos.dmg are written
#
# The files a preset names are found with a plain text match, not a TOML parser: a line
# `logo = "NAME"` (in [organisation]) and a line `autoconfig = "NAME"` (in [mail]), with single
# or double quotes. Each NAME must be a plain file name beside the preset, because Mail Setup reads
# them from beside the installed preset.toml. Lines that are commented out are ignored.
#
# Needs Apple's iconutil, hdiutil and codesign, so it runs on macOS only. The app is signed ad hoc
# (no Apple Developer ID, not notarised): the first time, macOS refuses to open it until the person
# clicks "Open Anyway" under System Settings → Privacy & Security. Set MAILSETUP_SIGN_IDENTITY to
# a Developer ID to sign with it instead (notarising is a separate step, not done here).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)

die() { echo "build-app: $*" >&2; exit 1; }

binary='' version='' preset='' out=''
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) binary=${2:-}; shift 2 ;;
    --version) version=${2:-}; shift 2 ;;
    --preset) preset=${2:-}; shift 2 ;;
    --out) out=${2:-}; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done
[ -n "$binary" ] || die "--binary is required"
[ -n "$version" ] || die "--version is required"
[ -n "$out" ] || die "--out is required"
[ -f "$binary" ] || die "no such binary: $binary"
[ -z "$preset" ] || [ -f "$preset" ] || die "no such preset: $preset"

# check-definitions.sh runs this script on Linux with stand-ins for the Apple tools.
if [ "$(uname -s)" != Darwin ] && [ "${MAILSETUP_BUILD_APP_ANY_OS:-}" != 1 ]; then
  die "needs macOS (iconutil, hdiutil, codesign)"
fi
for tool in iconutil hdiutil codesign; do
  command -v "$tool" >/dev/null || die "$tool not found"
done

# 0.2.0-rc1 → 0.2.0; macOS wants one to three numbers.
version=${version#v}
version=${version%%[-+]*}
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "version must look like 1.2.3, got: $version"

# Prints the file names a preset refers to, one a line.
preset_companions() {
  sed -n -E "s/^[[:space:]]*(logo|autoconfig)[[:space:]]*=[[:space:]]*[\"']([^\"']+)[\"'].*/\2/p" "$1"
}

app="$out/Mail Setup.app"
dmg="$out/MailSetup-$version-macos.dmg"
mkdir -p "$out"
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"

echo "build-app: $app"
cp "$binary" "$app/Contents/MacOS/mailsetup"
chmod 755 "$app/Contents/MacOS/mailsetup"
sed "s/@VERSION@/$version/g" "$here/Info.plist" > "$app/Contents/Info.plist"
printf 'APPL????' > "$app/Contents/PkgInfo"

# The icon: an .iconset folder with the sizes we have, turned into .icns by iconutil.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
iconset="$work/mailsetup.iconset"
mkdir -p "$iconset"
icons="$repo/assets/icons"
cp "$icons/mailsetup-16.png" "$iconset/icon_16x16.png"
cp "$icons/mailsetup-32.png" "$iconset/icon_16x16@2x.png"
cp "$icons/mailsetup-32.png" "$iconset/icon_32x32.png"
cp "$icons/mailsetup-64.png" "$iconset/icon_32x32@2x.png"
cp "$icons/mailsetup-128.png" "$iconset/icon_128x128.png"
cp "$icons/mailsetup-256.png" "$iconset/icon_128x128@2x.png"
cp "$icons/mailsetup-256.png" "$iconset/icon_256x256.png"
iconutil --convert icns --output "$app/Contents/Resources/mailsetup.icns" "$iconset"

# The helpdesk preset and the files it names, all side by side in Resources.
if [ -n "$preset" ]; then
  preset_dir=$(cd "$(dirname "$preset")" && pwd)
  cp "$preset" "$app/Contents/Resources/preset.toml"
  echo "build-app: preset $preset"
  while IFS= read -r name; do
    case "$name" in
      */*|*\\*|.|..) die "the preset names \"$name\"; it must be a file name beside the preset, with no folder" ;;
    esac
    [ -f "$preset_dir/$name" ] || die "the preset names \"$name\", which is not beside it in $preset_dir"
    cp "$preset_dir/$name" "$app/Contents/Resources/$name"
    echo "build-app: with $name"
  done < <(preset_companions "$preset")
fi

# Sign after the last file is in place: the signature covers the whole bundle. Ad hoc ("-") unless
# a Developer ID is given, which also gets the hardened runtime and a timestamp, as notarising needs.
if [ -n "${MAILSETUP_SIGN_IDENTITY:-}" ]; then
  codesign --force --options runtime --timestamp --sign "$MAILSETUP_SIGN_IDENTITY" "$app"
else
  codesign --force --sign - "$app"
fi

# The disk image: the app and a shortcut to /Applications to drag it onto.
stage="$work/dmg"
mkdir -p "$stage"
cp -pR "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Mail Setup" -srcfolder "$stage" -ov -format UDZO "$dmg"
echo "build-app: $dmg"
