"""Write one face of a TrueType collection (.ttc) as a standalone .ttf, tables unchanged.

The bundled ``resources/fonts/wqy-microhei.ttf`` is face 0 of Debian's
``wqy-microhei.ttc`` (WenQuanYi Micro Hei; face 1 is the monospaced variant, which
the app does not use). Registering the collection made Qt read both faces' character
coverage at every start; one face halves that. Every table is copied byte for byte;
only ``head``'s checkSumAdjustment (and so that table's recorded checksum) is
recomputed for the new file, as the format requires.

Usage: ``python tools/ttc_face.py /usr/share/fonts/truetype/wqy/wqy-microhei.ttc 0
resources/fonts/wqy-microhei.ttf`` (needs only the standard library).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

_CHECKSUM_MAGIC = 0xB1B0AFBA
_HEAD_ADJUSTMENT_AT = 8  # checkSumAdjustment's offset within the 'head' table


def _checksum(data: bytes) -> int:
    padded = data + b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF


def face(collection: bytes, index: int) -> bytes:
    """The ``index``-th face of a TrueType collection, as the bytes of a .ttf file.

    Raises:
        ValueError: not a collection, or no such face.
    """
    if collection[:4] != b"ttcf":
        raise ValueError("not a TrueType collection (no 'ttcf' header)")
    (count,) = struct.unpack(">I", collection[8:12])
    if not 0 <= index < count:
        raise ValueError(f"face {index} asked for; the collection has {count}")
    (start,) = struct.unpack(">I", collection[12 + 4 * index : 16 + 4 * index])
    version, tables, search_range, selector, shift = struct.unpack(
        ">IHHHH", collection[start : start + 12]
    )
    records = []
    for i in range(tables):
        at = start + 12 + 16 * i
        tag, checksum, offset, length = struct.unpack(">4sIII", collection[at : at + 16])
        records.append((tag, checksum, collection[offset : offset + length]))
    records.sort()

    header = struct.pack(">IHHHH", version, tables, search_range, selector, shift)
    offset = len(header) + 16 * tables
    directory, body = [], []
    head_at = None
    for tag, checksum, data in records:
        if tag == b"head":
            # The table's own checksum counts checkSumAdjustment as zero (the collection
            # recorded it with the collection's value in place).
            head_at = offset
            at = _HEAD_ADJUSTMENT_AT
            checksum = _checksum(data[:at] + b"\0\0\0\0" + data[at + 4 :])
        directory.append(struct.pack(">4sIII", tag, checksum, offset, len(data)))
        padded = data + b"\0" * (-len(data) % 4)
        body.append(padded)
        offset += len(padded)
    font = bytearray(header + b"".join(directory) + b"".join(body))
    if head_at is not None:
        at = head_at + _HEAD_ADJUSTMENT_AT
        font[at : at + 4] = b"\0\0\0\0"
        adjustment = (_CHECKSUM_MAGIC - _checksum(bytes(font))) & 0xFFFFFFFF
        font[at : at + 4] = struct.pack(">I", adjustment)
    return bytes(font)


def main(argv: list[str]) -> int:
    """Write face N of a collection to a .ttf; the exit status."""
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    source, index, target = Path(argv[0]), int(argv[1]), Path(argv[2])
    target.write_bytes(face(source.read_bytes(), index))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
