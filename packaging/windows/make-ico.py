#!/usr/bin/env python3
"""Makes packaging/windows/mailsetup.ico from assets/icons/mailsetup-{16..256}.png.

The Windows installer gives the Start-menu shortcut and the "Installed apps" entry this icon. An
.ico file is a small directory followed by the images; since Windows Vista the images may be PNG
files as they are, so this only packs the PNGs, without converting anything.

    packaging/windows/make-ico.py           write mailsetup.ico
    packaging/windows/make-ico.py --check   fail when mailsetup.ico differs from the PNGs

Python's standard library only.
"""

import struct
import sys
from pathlib import Path

SIZES = (16, 32, 48, 64, 128, 256)
HERE = Path(__file__).resolve().parent
ICONS = HERE.parent.parent / "assets" / "icons"
OUTPUT = HERE / "mailsetup.ico"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes, name: str) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk, which always comes first."""
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise SystemExit(f"{name} is not a PNG file")
    return struct.unpack(">II", data[16:24])


def ico_bytes() -> bytes:
    images = []
    for size in SIZES:
        path = ICONS / f"mailsetup-{size}.png"
        data = path.read_bytes()
        if png_size(data, path.name) != (size, size):
            raise SystemExit(f"{path.name} is not {size}×{size} pixels")
        images.append((size, data))

    # ICONDIR: reserved, type 1 (icon), number of images.
    head = struct.pack("<HHH", 0, 1, len(images))
    entries = b""
    offset = len(head) + 16 * len(images)
    for size, data in images:
        # ICONDIRENTRY: width and height (0 means 256), colour count, reserved, colour planes,
        # bits per pixel, length of the image, where it starts.
        side = 0 if size == 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return head + entries + b"".join(data for _, data in images)


def main() -> int:
    want = ico_bytes()
    if sys.argv[1:] == ["--check"]:
        if not OUTPUT.exists() or OUTPUT.read_bytes() != want:
            print(f"{OUTPUT.name} is out of date: run packaging/windows/make-ico.py")
            return 1
        return 0
    if sys.argv[1:]:
        print(__doc__)
        return 2
    OUTPUT.write_bytes(want)
    print(f"wrote {OUTPUT} ({len(want)} bytes, {len(SIZES)} sizes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
